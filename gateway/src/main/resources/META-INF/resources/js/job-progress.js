// A running analysis job's page: every 2 seconds the bar, the words under it and the status follow the job (read
// from the gateway with the session cookie: no token here); when the job has finished the page is loaded again to
// show its outcome. Without this script the page's Refresh link does the same by hand.
(function () {
  'use strict';

  function follow(panel) {
    var url = panel.getAttribute('data-progress-url');
    var bar = panel.querySelector('progress');
    var text = panel.querySelector('[data-job-text]');
    var status = panel.querySelector('[data-job-status]');
    var refresh = document.querySelector('[data-job-refresh]');
    if (refresh) {
      refresh.hidden = true;
    }
    function read() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (job) {
          bar.value = job.progress;
          bar.textContent = job.progress + ' %';
          text.textContent = job.progressText;
          if (status.textContent !== job.statusLabel) {
            status.textContent = job.statusLabel;
          }
          if (job.running) {
            window.setTimeout(read, 2000);
          } else {
            window.location.reload();
          }
        })
        .catch(function () {
          // the session ended or the gateway is away: the Refresh link takes over
          if (refresh) {
            refresh.hidden = false;
          }
        });
    }
    window.setTimeout(read, 2000);
  }

  document.querySelectorAll('[data-progress-url]').forEach(follow);
}());
