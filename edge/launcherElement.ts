/**
 * The App Launcher: `<lanyard-launcher>`, a web component that any module puts in its header with
 * `<script src="<issuer>/launcher.js" defer>` (served by routes/launcherScript.ts). Self-contained, no
 * framework, plain ES2017 so every current browser runs it as it is.
 *
 * It never calls Lanyard from the browser, so no third-party cookie is needed and the session cookie
 * stays SameSite=Lax: the module's backend asks `GET /oauth2/launcher` with the access token it holds
 * and renders the answer, as JSON, into the element's `entries` attribute:
 *
 *   <lanyard-launcher entries="{&quot;entries&quot;:[…],&quot;discover&quot;:[…]}"></lanyard-launcher>
 *
 * (any HTML template's attribute escaping does this). Without a valid `entries` attribute the element
 * shows nothing. It renders, in its shadow DOM, a button that opens a panel: "Your modules" (links
 * to the edge's `/launch/<instance>`, top-level navigations with `target="_top"`, and only links of
 * the Lanyard the script came from) and "Discover more" (names only, and who to ask for access).
 * Accessible: a disclosure button with `aria-expanded`/`aria-controls`; opening moves focus into the
 * panel, Escape closes it and gives focus back to the button, a click outside or Tab past its end
 * closes it. No inline event handlers and no markup strings (the DOM is built node by node), styles
 * through a constructed stylesheet: it works under a strict Content-Security-Policy with Trusted Types.
 *
 * Kept as text (not a bundled function) so that what browsers get is exactly what is written here.
 * No backticks or dollar-brace in the script below: it lives inside a template literal.
 */
export const LAUNCHER_ELEMENT_SCRIPT = String.raw`/* Lanyard App Launcher: <lanyard-launcher entries="…JSON of GET /oauth2/launcher…"> */
(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('lanyard-launcher')) return;

  var script = document.currentScript;
  var issuer = '';
  try { issuer = new URL(script && script.src ? script.src : '').origin; } catch (error) { issuer = ''; }

  var CSS = [
    ':host { position: relative; display: inline-block; font: inherit; color: inherit; }',
    '[hidden] { display: none !important; }',
    '.toggle { display: inline-flex; align-items: center; gap: 6px; padding: 6px 12px; border: 1px solid currentColor; border-radius: 6px; background: transparent; color: inherit; font: inherit; cursor: pointer; }',
    '.toggle:focus-visible, a:focus-visible, .panel:focus-visible { outline: 2px solid #7aa2ff; outline-offset: 2px; }',
    '.grid { width: 14px; height: 14px; fill: currentColor; }',
    '.panel { position: absolute; right: 0; top: calc(100% + 8px); z-index: 2147483000; box-sizing: border-box; width: 300px; max-width: calc(100vw - 24px); max-height: 70vh; overflow: auto; padding: 12px 16px; border-radius: 10px; background: #fff; color: #1d2433; box-shadow: 0 4px 24px rgba(0, 0, 0, .2); text-align: left; }',
    'h2 { margin: 8px 0 6px; font-size: 13px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #556; }',
    'ul { list-style: none; margin: 0 0 8px; padding: 0; }',
    'li { margin: 0; }',
    'a { display: flex; align-items: center; gap: 8px; padding: 6px 8px; margin: 0 -8px; border-radius: 6px; color: #3451b2; text-decoration: none; }',
    'a:hover { background: #eef1fb; }',
    'img { width: 20px; height: 20px; object-fit: contain; }',
    '.note { color: #667; font-size: 13px; }',
    '.name { padding: 4px 0; }',
    '.empty, .ask { margin: 4px 0 8px; color: #667; font-size: 14px; }'
  ].join('\n');

  var sheet = null;
  function applyStyles(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      try {
        if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
        root.adoptedStyleSheets = [sheet];
        return;
      } catch (error) { /* an older browser: fall back below */ }
    }
    var style = document.createElement('style');
    style.textContent = CSS;
    root.appendChild(style);
  }

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function gridIcon() {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 14 14');
    svg.setAttribute('class', 'grid');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    [0, 5, 10].forEach(function (y) {
      [0, 5, 10].forEach(function (x) {
        var dot = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        dot.setAttribute('x', String(x)); dot.setAttribute('y', String(y));
        dot.setAttribute('width', '4'); dot.setAttribute('height', '4'); dot.setAttribute('rx', '1');
        svg.appendChild(dot);
      });
    });
    return svg;
  }

  function text(value) { return typeof value === 'string' ? value : ''; }

  /** Only links to the /launch of the Lanyard this script came from, and only web images. */
  function launchHref(href) {
    try {
      var url = new URL(text(href));
      if (issuer && url.origin === issuer && url.pathname.indexOf('/launch/') === 0) return url.href;
    } catch (error) { /* not a URL */ }
    return null;
  }
  function iconSrc(src) {
    try {
      var url = new URL(text(src));
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch (error) { /* not a URL */ }
    return null;
  }

  function readEntries(host) {
    var raw = host.getAttribute('entries');
    if (!raw) return null;
    try {
      var parsed = JSON.parse(raw);
      if (!parsed || !Array.isArray(parsed.entries)) return null;
      return { entries: parsed.entries, discover: Array.isArray(parsed.discover) ? parsed.discover : [] };
    } catch (error) {
      return null;
    }
  }

  var counter = 0;

  class LanyardLauncher extends HTMLElement {
    static get observedAttributes() { return ['entries']; }

    constructor() {
      super();
      var self = this;
      this._root = this.attachShadow({ mode: 'open' });
      applyStyles(this._root);
      this._panelId = 'lanyard-launcher-panel-' + (counter += 1);
      this._button = null;
      this._panel = null;
      this._onDocumentClick = function (event) {
        if (self._isOpen() && event.composedPath().indexOf(self) < 0) self._close(false);
      };
      this._onKeydown = function (event) {
        if (event.key === 'Escape' && self._isOpen()) {
          event.preventDefault();
          event.stopPropagation();
          self._close(true);
        }
      };
      this._onFocusOut = function (event) {
        var next = event.relatedTarget;
        if (self._isOpen() && next && !self.contains(next) && !self._root.contains(next)) self._close(false);
      };
    }

    connectedCallback() {
      document.addEventListener('click', this._onDocumentClick, true);
      this.addEventListener('keydown', this._onKeydown);
      this.addEventListener('focusout', this._onFocusOut);
      this._render();
    }

    disconnectedCallback() {
      document.removeEventListener('click', this._onDocumentClick, true);
      this.removeEventListener('keydown', this._onKeydown);
      this.removeEventListener('focusout', this._onFocusOut);
    }

    attributeChangedCallback() {
      if (this.isConnected) this._render();
    }

    _isOpen() {
      return !!this._panel && !this._panel.hidden;
    }

    _open() {
      if (!this._panel || !this._button) return;
      this._panel.hidden = false;
      this._button.setAttribute('aria-expanded', 'true');
      var first = this._panel.querySelector('a');
      (first || this._panel).focus();
    }

    _close(returnFocus) {
      if (!this._panel || !this._button) return;
      this._panel.hidden = true;
      this._button.setAttribute('aria-expanded', 'false');
      if (returnFocus) this._button.focus();
    }

    _render() {
      var root = this._root;
      Array.prototype.slice.call(root.childNodes).forEach(function (node) {
        if (node.nodeName !== 'STYLE') root.removeChild(node);
      });
      this._button = null;
      this._panel = null;
      var data = readEntries(this);
      if (!data) return;

      var reached = element('ul', { 'aria-label': 'Your modules' });
      data.entries.forEach(function (entry) {
        var href = launchHref(entry && entry.href);
        if (!href) return;
        var label = text(entry.moduleName) + ' · ' + text(entry.instanceName);
        var icon = iconSrc(entry.iconUrl);
        var link = element('a', { href: href, target: '_top' }, [
          icon ? element('img', { src: icon, alt: '' }) : null,
          element('span', {}, [label]),
          entry.current ? element('span', { 'class': 'note' }, ['(this one)']) : null,
          entry.unifiedLoginEnabled === false ? element('span', { 'class': 'note' }, ['(own sign-in)']) : null
        ]);
        if (entry.current) link.setAttribute('aria-current', 'page');
        reached.appendChild(element('li', {}, [link]));
      });

      var discover = element('ul', { 'aria-label': 'Discover more' });
      data.discover.forEach(function (entry) {
        if (!entry) return;
        discover.appendChild(element('li', { 'class': 'name' }, [text(entry.moduleName) + ' · ' + text(entry.instanceName)]));
      });

      var panel = element('div', { id: this._panelId, 'class': 'panel', role: 'region', 'aria-label': 'Lanyard App Launcher', tabindex: '-1' }, [
        element('h2', {}, ['Your modules']),
        reached.childNodes.length > 0 ? reached : element('p', { 'class': 'empty' }, ['No modules yet.']),
        discover.childNodes.length > 0 ? element('h2', {}, ['Discover more']) : null,
        discover.childNodes.length > 0 ? discover : null,
        discover.childNodes.length > 0 ? element('p', { 'class': 'ask' }, ['Ask your administrator for access.']) : null
      ]);
      panel.hidden = true;

      var self = this;
      var button = element('button', { type: 'button', 'class': 'toggle', 'aria-expanded': 'false', 'aria-controls': this._panelId }, [
        gridIcon(),
        'App Launcher'
      ]);
      button.addEventListener('click', function () {
        if (self._isOpen()) self._close(true); else self._open();
      });

      this._button = button;
      this._panel = panel;
      root.appendChild(button);
      root.appendChild(panel);
    }
  }

  window.customElements.define('lanyard-launcher', LanyardLauncher);
})();
`;
