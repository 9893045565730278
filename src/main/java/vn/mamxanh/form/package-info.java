/**
 * The step forms ({@code forms/*.form}) as the one declarative description of what each step
 * accepts: for every field its type, whether it is required, its length, range, pattern and
 * options. {@link vn.mamxanh.form.StepForms} checks a submission against it before the engine or the
 * database sees it, on every route (engine REST and Tasklist, the app API, the case page); the
 * steps' listeners then check the rules of the regulation.
 */
package vn.mamxanh.form;
