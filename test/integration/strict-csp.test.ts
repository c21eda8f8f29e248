import { expect } from '@open-wc/testing';

interface Report {
  rendered: boolean;
  violations: string[];
  offOrigin: string[];
  requests: string[];
  texts: string[];
  /** The counter's toSVG(): its size, or the error it failed with. */
  svgBytes: number | string;
  /** The start of the bar chart's download link. */
  download?: string;
}

/** Loads the CDN bundle in a page with a strict CSP and waits for its report. */
function load(): Promise<Report> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    window.addEventListener('message', function onMessage(event: MessageEvent<Report>) {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
      frame.remove();
    });
    frame.src = '/test/fixtures/strict-csp.html';
    document.body.append(frame);
  });
}

describe('the CDN bundle on a strict-CSP page', () => {
  let report: Report;
  before(async function () {
    this.timeout(15000);
    report = await load();
  });

  it('renders all three elements on the bundled data', () => {
    expect(report.rendered).to.equal(true);
    expect(report.texts[0]).to.contain('91');
  });

  it('offers the data as a data: link and saves an SVG, within the policy', () => {
    expect(report.download).to.equal('data:text/csv;charset=ut');
    expect(report.svgBytes).to.be.a('number').greaterThan(1000);
  });

  it('triggers no Content-Security-Policy violation (no inline style or script, no eval)', () => {
    expect(report.violations).to.deep.equal([]);
  });

  it('makes no request the page did not ask for: only its own scripts, same origin', () => {
    expect(report.offOrigin).to.deep.equal([]);
    // The test server injects its own web-socket script into every HTML page it serves.
    const own = (path: string) =>
      ['/dist/cdn/', '/test/fixtures/', '/__web-dev-server'].some((prefix) =>
        path.startsWith(prefix),
      );
    expect(report.requests.filter((path) => !own(path))).to.deep.equal([]);
  });
});
