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
      el.addEventListener('focus', () => layer.openTooltip());
      el.addEventListener('blur', () => layer.closeTooltip());
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
        layer.unbindTooltip().bindTooltip(text, { sticky: false, direction: 'top' });
        this.querySelector(`[data-total="${id}"]`)!.textContent = nf.format(total);
      }
      for (const { m, marker } of markers) {
        const counts = areaCounts(m, theme);
        const text = describeArea(`${m.label}${themeName}`, counts, kinds, config.kindLabels);
        marker.getElement()?.setAttribute('aria-label', `${text} — ouvrir la page`);
        marker.unbindTooltip().bindTooltip(text, { direction: 'top' });
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
    boxes.forEach((b) => b.addEventListener('change', update));
    themeSelect.addEventListener('change', update);
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
