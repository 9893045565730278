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

// Tasklist offers "Tạo công việc" (a free task) and "Bắt đầu quy trình" to everyone; most people may use
// neither and would meet a refusal. Both stay hidden (webapps.css) until the engine says this person may:
// CREATE on tasks for the first, a process definition they may start for the second.
const engineApi = base.getAttribute('app-root') + '/api/engine/engine/default';
async function allowed(path, answer) {
  try {
    const response = await fetch(engineApi + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    return response.ok && answer(await response.json());
  } catch (e) {
    return false;
  }
}
if (appName === 'tasklist') {
  allowed('/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=4&resourceId=*',
    body => body.authorized === true).then(yes => document.body.classList.toggle('mamxanh-may-create-task', yes));
  allowed('/process-definition/count?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true',
    body => body.count > 0).then(yes => document.body.classList.toggle('mamxanh-may-start-process', yes));
}

// Camunda Forms (form-js) writes a few words in English whatever the language, and dates as mm/dd/yyyy.
// Our people read "Chọn" and write dates day first: the pickers are switched to dd/mm/yyyy as they appear.
const FORM_MESSAGES = [
  [/^Field is required\.?$/, () => 'Vui lòng điền trường này.'],
  [/^Field must have minimum length of (\d+)\.?$/, n => 'Cần ít nhất ' + n + ' ký tự.'],
  [/^Field must have maximum length of (\d+)\.?$/, n => 'Tối đa ' + n + ' ký tự.'],
  [/^Field must have minimum value of (.+?)\.?$/, n => 'Giá trị nhỏ nhất là ' + n + '.'],
  [/^Field must have maximum value of (.+?)\.?$/, n => 'Giá trị lớn nhất là ' + n + '.'],
  [/^Field must match pattern (.+?)\.?$/, () => 'Giá trị chưa đúng định dạng.'],
  [/^Field must be a valid email\.?$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid international phone number\.?$/, () => 'Số điện thoại không hợp lệ.'],
  [/^Date format is invalid.*$/, () => 'Ngày không hợp lệ; ghi theo dạng dd/mm/yyyy.']
];
function formMessage(text) {
  const trimmed = text.trim();
  for (const [pattern, say] of FORM_MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return say(match[1]);
    }
  }
  return text;
}

function vietnameseForms(root) {
  root.querySelectorAll('.fjs-form input[placeholder="Select"], .fjs-form input[placeholder="Search"]').forEach(input => {
    input.placeholder = input.placeholder === 'Select' ? 'Chọn' : 'Tìm';
  });
  // Only the text node's value changes: the node stays the one form-js renders into, so choosing an option
  // still replaces the word, and nothing is added beside it.
  root.querySelectorAll('.fjs-form .fjs-select-display, .fjs-form option').forEach(element => {
    element.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE && node.nodeValue.trim() === 'Select') {
        node.nodeValue = node.nodeValue.replace('Select', 'Chọn');
      }
    });
  });
  // form-js's own validation messages, in English whatever the language.
  root.querySelectorAll('.fjs-form .fjs-form-field-error, .fjs-form .fjs-form-field-error li, .fjs-form .fjs-form-field-error span')
    .forEach(element => {
      element.childNodes.forEach(node => {
        if (node.nodeType === Node.TEXT_NODE) {
          const vietnamese = formMessage(node.nodeValue);
          if (vietnamese !== node.nodeValue) {
            node.nodeValue = vietnamese;
          }
        }
      });
    });
  root.querySelectorAll('.tasks-list .priority').forEach(priority => {
    priority.style.display = 'none';
  });
  root.querySelectorAll('.fjs-form input.flatpickr-input, .fjs-form input[placeholder="mm/dd/yyyy"]').forEach(input => {
    const picker = input._flatpickr;
    if (picker && picker.config.dateFormat !== 'd/m/Y') {
      const selected = picker.selectedDates.slice();
      picker.set('dateFormat', 'd/m/Y');
      picker.set('locale', {firstDayOfWeek: 1});
      if (selected.length) {
        picker.setDate(selected, false);
      }
    }
    if (input.placeholder === 'mm/dd/yyyy') {
      input.placeholder = 'dd/mm/yyyy';
    }
  });
}
let pending = false;
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    window.requestAnimationFrame(() => {
      pending = false;
      vietnameseForms(document);
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
