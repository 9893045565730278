// Shows a step's form fields only when the form says so ("hide when another field is ..."), as
// Tasklist does. Hidden fields are disabled so they are not sent; the server applies the same rule.
document.querySelectorAll('form.task-form').forEach(function (form) {
  function valueOf(key) {
    var checked = form.querySelector('[name="f_' + key + '"]:checked');
    if (checked) { return checked.value; }
    var input = form.querySelector('[name="f_' + key + '"]:not([type=radio])');
    return input ? input.value : '';
  }
  function refresh() {
    form.querySelectorAll('.form-field[data-hide-key]').forEach(function (field) {
      var same = valueOf(field.dataset.hideKey) === field.dataset.hideValue;
      var hidden = field.dataset.hideOp === 'eq' ? same : !same;
      field.hidden = hidden;
      field.querySelectorAll('input, textarea, select').forEach(function (input) { input.disabled = hidden; });
    });
  }
  form.addEventListener('change', refresh);
  refresh();
});
