// <upright-chart>: one Chart.js chart. The server sets `config` (a Chart.js configuration as JSON,
// built by org.upright.chart.ChartSpec); the element draws it on its own canvas and keeps the
// Chart instance in `chart` so tests can ask it what it drew.
import Chart from 'chart.js/auto';

class UprightChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this.chart = null;
  }

  connectedCallback() {
    if (!this._canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  set config(value) {
    this._config = value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  _draw() {
    if (!this.isConnected || !this._canvas || !this._config) {
      return;
    }
    const config = JSON.parse(this._config);
    this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || '');
    if (this.chart) {
      this.chart.destroy();
    }
    config.options = config.options || {};
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    this.chart = new Chart(this._canvas, config);
    this.setAttribute('data-drawn', String(this.chart.data.datasets.length));
  }
}

if (!customElements.get('upright-chart')) {
  customElements.define('upright-chart', UprightChart);
}
