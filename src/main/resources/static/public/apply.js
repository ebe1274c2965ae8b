// The public application form: builds the API's JSON, sends it, and shows the server's field errors next to the fields.
const form = document.getElementById('application');
const result = document.getElementById('result');
const list = value => value.split(',').map(s => s.trim()).filter(s => s.length > 0);

fetch('/api/reference/regions').then(r => r.json()).then(regions => {
  const select = form.elements.regionCode;
  regions.forEach(region => select.add(new Option(region.name + ' (' + region.country + ')', region.code)));
  form.dataset.countries = JSON.stringify(Object.fromEntries(regions.map(r => [r.code, r.country])));
});

form.addEventListener('submit', async event => {
  event.preventDefault();
  document.querySelectorAll('.field-error').forEach(e => e.remove());
  if (!form.elements.consent.checked) {
    show('error', 'Please agree to the processing of your data; without it no broker can help.');
    return;
  }
  const f = form.elements;
  const countries = JSON.parse(form.dataset.countries || '{}');
  const body = {
    legalName: f.legalName.value, registryId: f.registryId.value, regionCode: f.regionCode.value,
    country: countries[f.regionCode.value], sizeClass: f.sizeClass.value, organisationType: f.organisationType.value,
    yearFounded: f.yearFounded.value ? Number(f.yearFounded.value) : null, website: f.website.value || null,
    naceCodes: list(f.naceCodes.value), languages: list(f.languages.value),
    contacts: [{ fullName: f.fullName.value, email: f.email.value, phone: f.phone.value || null,
      jobTitle: f.jobTitle.value || null, consent: { purpose: 'BROKERAGE', textVersion: '2026-01' } }]
  };
  const response = await fetch('/api/public/applications', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
  });
  const answer = await response.json();
  if (response.ok) {
    form.hidden = true;
    show('ok', answer.message + ' Your reference: ' + answer.reference);
  } else {
    show('error', answer.detail || 'The application could not be sent.');
    (answer.errors || []).forEach(error => {
      const name = error.field.replace(/^contacts\[0\]\./, '').replace(/\[\]$/, '');
      const field = f[name];
      const note = document.createElement('span');
      note.className = 'field-error';
      note.textContent = error.message;
      (field ? field.closest('label') : form).appendChild(note);
    });
  }
});

function show(kind, text) {
  result.className = kind;
  result.textContent = text;
}
