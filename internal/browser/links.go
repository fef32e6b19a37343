package browser

import "context"

// Links is what [Page.Links] finds about a page's references.
type Links struct {
	// Checked counts the references looked at.
	Checked int `json:"checked"`
	// Unresolved lists each fragment link ("#x") and each id reference
	// (aria-labelledby, aria-describedby, headers, label for, list) whose
	// target is not an element of the page, as "element attr=value".
	Unresolved []string `json:"unresolved"`
	// External lists the other links (href or xlink:href that is not a
	// fragment), which a self-contained page should not have.
	External []string `json:"external"`
}

// linksScript collects every reference of the page; document.getElementById
// decides whether a fragment or id reference resolves.
const linksScript = `(() => {
  const out = {checked: 0, unresolved: [], external: []};
  const has = id => document.getElementById(id) !== null;
  const xlink = 'http://www.w3.org/1999/xlink';
  for (const el of document.querySelectorAll('*')) {
    const name = el.localName;
    const href = el.getAttribute('href') ?? el.getAttributeNS(xlink, 'href');
    if (href !== null) {
      out.checked++;
      if (href.startsWith('#')) {
        let id = href.slice(1);
        try { id = decodeURIComponent(id); } catch (e) {}
        if (id !== '' && !has(id)) out.unresolved.push(name + ' href=' + href);
      } else if (!href.startsWith('data:')) {
        out.external.push(name + ' href=' + href);
      }
    }
    for (const attr of ['aria-labelledby', 'aria-describedby', 'headers', 'for', 'list']) {
      const v = el.getAttribute(attr);
      if (v === null || (attr === 'for' && name !== 'label' && name !== 'output')) continue;
      for (const id of v.split(/\s+/).filter(s => s !== '')) {
        out.checked++;
        if (!has(id)) out.unresolved.push(name + ' ' + attr + '=' + id);
      }
    }
  }
  return out;
})()`

// Links checks every reference of the loaded page: fragment links and id
// references must name an element of the page.
func (p *Page) Links(ctx context.Context) (Links, error) {
	var l Links
	err := p.Evaluate(ctx, linksScript, &l)
	return l, err
}

// overlapScript lists the pairs of SVG text elements whose boxes, as
// drawn, overlap by more than 2 px both ways.
const overlapScript = `(() => {
  const boxes = [...document.querySelectorAll("text")]
    .map(e => ({r: e.getBoundingClientRect(), t: e.textContent.trim().slice(0, 40)}))
    .filter(b => b.r.width > 0 && b.t !== "");
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i].r, b = boxes[j].r;
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 2 && h > 2) out.push(JSON.stringify(boxes[i].t) + " and " + JSON.stringify(boxes[j].t));
  }
  return out;
})()`

// OverlappingText returns the pairs of SVG text labels of the page that
// overlap as the browser draws them, with its fonts, each as
// "first" and "second".
func (p *Page) OverlappingText(ctx context.Context) ([]string, error) {
	var out []string
	err := p.Evaluate(ctx, overlapScript, &out)
	return out, err
}
