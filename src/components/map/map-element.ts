import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { departementCollection } from '../../data/geometry';
import { classBreaks, classOf, colourOf, legendLabels } from '../../lib/choropleth';
import { areaCounts, describeArea, totalFor, type MapData } from '../../lib/map-data';
import type { SheetKind } from '../../lib/sheet-kinds';
import { localHref } from '../../lib/site-links';

interface Config extends MapData {
  kindLabels: Record<SheetKind, { label: string; plural: string }>;
  /** Theme names by id. */
  themes: Record<string, string>;
}

const nf = new Intl.NumberFormat('fr-FR');

/** <atlas-map>: DOM glue over Leaflet; counting and colour logic live in lib/map-data and lib/choropleth. */
class AtlasMap extends HTMLElement {
  connectedCallback() {
    const config = JSON.parse(this.querySelector('[data-map-config]')?.textContent ?? '{}') as Config;
    const container = this.querySelector<HTMLElement>('[data-map]')!;
    const legend = this.querySelector<HTMLElement>('[data-legend]')!;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name=kind]')];
    const themeSelect = this.querySelector<HTMLSelectElement>('select[name=theme]')!;
    // a11y (RGAA 13.8): no zoom or fade animation when the reader asks for reduced motion.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = L.map(container, {
      scrollWheelZoom: false,
      zoomSnap: 0.25,
      attributionControl: true,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
    });
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution('Contours\u00A0: Natural Earth (domaine public)');
    const byId = new Map(config.departements.map((d) => [d.id, d]));
    const layers: { id: string; layer: L.Path }[] = [];
    const geo = L.geoJSON(departementCollection as GeoJSON.FeatureCollection, {
      style: { weight: 1.2, color: '#1b1f24', fillOpacity: 1 },
      onEachFeature: (feature, layer) => {
        const id = (feature.properties as { id: string }).id;
        layers.push({ id, layer: layer as L.Path });
      },
    }).addTo(map);
    map.fitBounds(geo.getBounds(), { padding: [8, 8] });
    // Département names written on the map (the table below gives the same names and numbers).
    for (const { id, layer } of layers) {
      const center = (layer as L.Polygon).getCenter();
      L.tooltip({ permanent: true, direction: 'center', className: 'map-name', interactive: false })
        .setLatLng(center)
        .setContent(byId.get(id)!.name)
        .addTo(map)
        .getElement()
        ?.setAttribute('aria-hidden', 'true');
    }
    const markers = config.metropoles.map((m) => ({
      m,
      marker: L.circleMarker(m.position, { radius: 9, weight: 2, color: '#ffffff', fillColor: '#c2410c', fillOpacity: 1 }).addTo(
        map,
      ),
    }));

    // a11y (RGAA 10.13, WCAG 1.4.13): one tooltip for the shape under the pointer or with the focus. It stays
    // while the pointer moves onto it (hoverable), until the pointer or the focus leaves (persistent), and
    // Échap hides it without moving the focus or the pointer (dismissible). Its text is also the link's name.
    const texts = new Map<L.Path, string>();
    const tip = L.tooltip({ direction: 'top', interactive: true, className: 'map-tip' });
    let shownFor: L.Path | null = null;
    let hideTimer = 0;
    // After Échap, hovering does not bring the tooltip back until the pointer really moves (the shape
    // under a hidden tooltip gets a mouseover without any movement).
    let dismissedAt: { x: number; y: number } | null = null;
    let pointer = { x: -1, y: -1 };
    document.addEventListener('mousemove', (event) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (dismissedAt && (dismissedAt.x !== pointer.x || dismissedAt.y !== pointer.y)) dismissedAt = null;
    });
    const anchor = (layer: L.Path): L.LatLng =>
      layer instanceof L.CircleMarker ? layer.getLatLng() : (layer as L.Polygon).getCenter();
    const hide = () => {
      window.clearTimeout(hideTimer);
      if (shownFor) tip.remove();
      shownFor = null;
    };
    const hideSoon = () => {
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(hide, 600);
    };
    const show = (layer: L.Path) => {
      window.clearTimeout(hideTimer);
      shownFor = layer;
      tip.setLatLng(anchor(layer)).setContent(texts.get(layer) ?? '');
      if (!map.hasLayer(tip)) tip.addTo(map);
      const el = tip.getElement();
      if (el && !el.dataset.wired) {
        el.dataset.wired = 'true';
        el.setAttribute('aria-hidden', 'true');
        el.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
        el.addEventListener('mouseleave', hideSoon);
      }
    };
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !shownFor) return;
      hide();
      dismissedAt = pointer;
    });

    const root = document.documentElement.dataset.root ?? null;
    const wire = (layer: L.Path, path: string) => {
      const href = localHref(path, root);
      const el = layer.getElement();
      if (!el) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'link');
      layer.on('click', () => location.assign(href));
      el.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') location.assign(href);
      });
      layer.on('mouseover', () => {
        if (!dismissedAt) show(layer);
      });
      layer.on('mouseout', hideSoon);
      el.addEventListener('focus', () => {
        dismissedAt = null;
        show(layer);
      });
      el.addEventListener('blur', hide);
    };
    for (const { id, layer } of layers) wire(layer, byId.get(id)!.href);
    for (const { m, marker } of markers) wire(marker, m.href);

    const update = () => {
      const kinds = boxes.filter((b) => b.checked).map((b) => b.value as SheetKind);
      const theme = themeSelect.value || undefined;
      const themeName = theme ? ` — ${config.themes[theme] ?? theme}` : '';
      const totals = config.departements.map((d) => totalFor(areaCounts(d, theme), kinds));
      const breaks = classBreaks(totals);
      for (const { id, layer } of layers) {
        const d = byId.get(id)!;
        const counts = areaCounts(d, theme);
        const total = totalFor(counts, kinds);
        layer.setStyle({ fillColor: colourOf(classOf(total, breaks), breaks.length).fill });
        const text = describeArea(`${d.label}${themeName}`, counts, kinds, config.kindLabels);
        this.setCells(id, counts);
        layer.getElement()?.setAttribute('aria-label', `${text} — ouvrir la page`);
        texts.set(layer, text);
        this.querySelector(`[data-total="${id}"]`)!.textContent = nf.format(total);
      }
      for (const { m, marker } of markers) {
        const counts = areaCounts(m, theme);
        const text = describeArea(`${m.label}${themeName}`, counts, kinds, config.kindLabels);
        marker.getElement()?.setAttribute('aria-label', `${text} — ouvrir la page`);
        texts.set(marker, text);
        this.setCells(m.id, counts);
        this.querySelector(`[data-total="${m.id}"]`)!.textContent = nf.format(totalFor(counts, kinds));
      }
      this.querySelector('[data-map-caption-theme]')!.textContent = theme ? `, thème «\u00A0${config.themes[theme]}\u00A0»` : '';
      legend.replaceChildren(
        ...legendLabels(breaks).map((label, i) => {
          const item = document.createElement('li');
          const swatch = document.createElement('span');
          swatch.className = 'swatch';
          swatch.style.background = colourOf(i, breaks.length).fill;
          item.append(swatch, `${label}\u00A0fiche${breaks[i]! > 1 ? 's' : ''}`);
          return item;
        }),
      );
    };
    const refresh = () => {
      update();
      if (shownFor) tip.setContent(texts.get(shownFor) ?? '');
    };
    boxes.forEach((b) => b.addEventListener('change', refresh));
    themeSelect.addEventListener('change', refresh);
    update();
  }

  /** Writes an area's counts per kind in the table under the map. */
  private setCells(id: string, counts: Record<SheetKind, number>) {
    for (const cell of this.querySelectorAll<HTMLElement>(`[data-count^="${id}:"]`)) {
      cell.textContent = nf.format(counts[cell.dataset.count!.split(':')[1] as SheetKind] ?? 0);
    }
  }
}

/** Registers <atlas-map> once. */
export function defineMapElement() {
  if (!customElements.get('atlas-map')) customElements.define('atlas-map', AtlasMap);
}
