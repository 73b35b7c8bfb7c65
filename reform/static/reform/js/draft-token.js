// One token per opened "create page" editor, sent with every autosave and submit so the
// server can tell that they belong to the same draft (reform/workflow/concurrency.py).
(function () {
  if (!/\/pages\/add\//.test(window.location.pathname)) return;
  var form = document.querySelector("form[data-edit-form]") || document.querySelector("form#page-edit-form");
  if (!form || form.querySelector('input[name="reform_draft_token"]')) return;
  var input = document.createElement("input");
  input.type = "hidden";
  input.name = "reform_draft_token";
  input.value = window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  form.appendChild(input);
})();
