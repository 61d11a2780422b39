// igf-report serve: the page's script. It only takes over the form: a report dropped on the page,
// or sent with the button, is checked with fetch and the result replaces the old one without a
// reload. The result is the same server-rendered HTML the form's plain POST returns (every text
// escaped by the server); without this script the form works as it is.
(function () {
  'use strict';
  var form = document.getElementById('check');
  if (!form || !window.fetch || !window.FormData || !window.DOMParser) {
    return;
  }
  var drop = document.getElementById('drop');
  var input = document.getElementById('file');
  var status = document.getElementById('status');
  document.documentElement.classList.add('js');

  function say(text) {
    status.textContent = text;
  }

  function submit() {
    if (!input.files || input.files.length === 0) {
      input.focus();
      return;
    }
    var data = new FormData(form);
    say(form.getAttribute('data-checking').replace('{0}', input.files[0].name));
    form.setAttribute('aria-busy', 'true');
    fetch(form.action, { method: 'POST', body: data, headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('result');
        var old = document.getElementById('result');
        if (!fresh || !old) {
          say(form.getAttribute('data-failed'));
          return;
        }
        old.replaceWith(document.importNode(fresh, true));
        say('');
        var title = document.getElementById('result-title');
        if (title) {
          title.focus();
        }
      })
      .catch(function () {
        say(form.getAttribute('data-failed'));
      })
      .then(function () {
        form.removeAttribute('aria-busy');
      });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    submit();
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) {
      e.preventDefault();
      drop.classList.add('over');
    });
  });
  ['dragleave', 'dragend'].forEach(function (type) {
    drop.addEventListener(type, function () {
      drop.classList.remove('over');
    });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length > 0) {
      input.files = e.dataTransfer.files;
      submit();
    }
  });
}());
