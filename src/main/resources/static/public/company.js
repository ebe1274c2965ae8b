// The company's landing page: the personal link's token sits after '#' (never sent to a server but by this script),
// and the public link check tells where the case stands. Nothing personal is shown, so a forwarded link leaks nothing.
(function () {
  const stages = {
    INTAKE: 'Your application has arrived; your broker is reviewing it.',
    NEEDS_ANALYSIS: 'Your application was accepted; your broker is analysing your needs and offers with you.',
    MATCHING: 'Your broker is looking for partner companies abroad for you.',
    PILOT: 'You have been introduced to your partner; the pilot is under way.',
    FEEDBACK: 'The pilot has ended; your broker asks for your feedback.',
    COMPLETED: 'The brokerage is complete. Thank you for taking part.',
    REJECTED: 'The application could not be accepted; your broker has told you why.',
    WITHDRAWN: 'The case was closed at your request.'
  };
  const status = document.getElementById('status');
  const expiry = document.getElementById('expiry');

  function show(statusText, expiryText) {
    status.textContent = statusText;
    expiry.textContent = expiryText || '';
  }

  function check() {
    const token = decodeURIComponent(location.hash.slice(1));
    if (!/^[A-Za-z0-9_.-]{1,200}$/.test(token)) {
      show('This link is not complete. Please open it again from your e-mail.');
      return;
    }
    fetch('/api/company-links/' + encodeURIComponent(token), { headers: { Accept: 'application/json' } })
      .then(async response => {
        if (response.status === 410) {
          show('This link has expired. Please ask your broker for a new one.');
        } else if (!response.ok) {
          show('This link is not valid. Please open it again from your e-mail.');
        } else {
          const link = await response.json();
          show(stages[link.stage] || 'Your case is in progress.',
            'This link is valid until ' + new Date(link.expiresAt).toLocaleDateString() + '.');
        }
      })
      .catch(() => show('TIBS cannot be reached right now. Please try again later.'));
  }

  // A link opened in a tab that shows another one changes only the part after '#', which reloads nothing.
  window.addEventListener('hashchange', check);
  check();
})();
