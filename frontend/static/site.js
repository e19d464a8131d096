// Enhancements only: every feature works without this file.
(function () {
  "use strict";
  // Keep a vote from being sent twice by a double click.
  document.querySelectorAll(".poll form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) setTimeout(function () { button.disabled = true; }, 0);
    });
  });
})();
