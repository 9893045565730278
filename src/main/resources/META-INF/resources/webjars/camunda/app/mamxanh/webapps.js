// Loaded by each Camunda webapp through `customScripts` in its scripts/config.js, before AngularJS starts.

const base = document.querySelector('base');
const appName = base.getAttribute('app-name');
// The webapps live under <context path>/camunda (camunda.bpm.webapp.application-path); our pages sit beside them.
const contextPath = base.getAttribute('app-root').replace(/\/camunda\/?$/, '');

// One stylesheet for every webapp (the apps' own user-styles.css would need a copy per app).
const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = base.getAttribute('app-root') + '/app/mamxanh/webapps.css?bust=' + window.bust;
document.head.appendChild(styles);

// The webapps pick the browser's language when they have it and English otherwise; our users work in
// Vietnamese whatever their browser says, so Vietnamese wins. English only fills labels we lack.
window.angular.module('cam.' + appName + '.custom').config(['$translateProvider', function ($translateProvider) {
  $translateProvider.preferredLanguage('vi');
}]);

// When the session has ended (timeout, logout in another tab), Spring Security answers the apps' API
// calls with a redirect to our login page, which the browser follows silently: the app would get the
// login page's HTML instead of data and show an empty error. Send the person to the login page instead.
// Watched at the XMLHttpRequest level because the apps call their API through more than one client.
const loginPage = new URL(contextPath + '/login', window.location.href).href;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function () {
  this.addEventListener('load', function () {
    if (this.responseURL && this.responseURL.split(/[?#]/)[0] === loginPage) {
      window.location.assign(loginPage);
    }
  });
  return send.apply(this, arguments);
};

// Camunda's own logout would only end the webapp's view of the session: Spring Security still holds the
// login and signs the user straight back in. Logging out must end the Spring session, which takes a POST
// to /logout carrying Spring's CSRF token; the login page is the one page that always renders it.
async function logOut() {
  const page = await fetch(contextPath + '/login', {credentials: 'same-origin', cache: 'no-store'});
  const match = /name="_csrf"\s+value="([^"]+)"/.exec(await page.text());
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = contextPath + '/logout';
  if (match) {
    const token = document.createElement('input');
    token.type = 'hidden';
    token.name = '_csrf';
    token.value = match[1];
    form.appendChild(token);
  }
  document.body.appendChild(form);
  form.submit();
}

document.addEventListener('click', function (event) {
  const link = event.target.closest && event.target.closest('li.logout a');
  if (!link) {
    return;
  }
  // Capture phase: this runs before AngularJS's own handler on the link, which must not run.
  event.preventDefault();
  event.stopImmediatePropagation();
  logOut();
}, true);

export default [];
