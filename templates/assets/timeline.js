// Instant filtering of the timeline page. Optional: the filter links beside it
// lead to pre-rendered pages that work without JavaScript.
const form = document.getElementById('instant-filter')
if (form) {
  const entries = [...document.querySelectorAll('.tl-entry')]
  const selects = [...form.querySelectorAll('select[data-filter]')]
  const status = document.getElementById('filter-status')
  const has = (list, key) => list.split(' ').includes(key)

  const apply = () => {
    const want = Object.fromEntries(selects.map((s) => [s.dataset.filter, s.value]))
    let shown = 0
    for (const e of entries) {
      const ok =
        (!want.people || has(e.dataset.people, want.people)) &&
        (!want.topics || has(e.dataset.topics, want.topics)) &&
        (!want.outlet || e.dataset.outlet === want.outlet)
      e.hidden = !ok
      if (ok) shown++
    }
    for (const group of document.querySelectorAll('.tl-month, .tl-year')) {
      group.hidden = !group.querySelector('.tl-entry:not([hidden])')
    }
    // Show each date once per run of visible entries, as the page does before filtering.
    for (const month of document.querySelectorAll('.tl-month')) {
      let previous = null
      for (const e of month.querySelectorAll('.tl-entry:not([hidden])')) {
        e.querySelector('.tl-date')?.classList.toggle('tl-date-repeat', e.dataset.day === previous)
        previous = e.dataset.day
      }
    }
    status.textContent = `${shown} of ${entries.length} entries shown`
  }

  form.hidden = false
  form.addEventListener('change', apply)
}
