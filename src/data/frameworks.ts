import { getCollection, type CollectionEntry } from 'astro:content';
import { byMesureOrder } from '../lib/order';
import { getSortContext } from './sheets';
import { groupInOrder } from '../lib/group';

/** The six axes of the strategy, each with its measures in source order. */
export async function getMesuresByAxis(): Promise<{ axis: CollectionEntry<'axes'>; mesures: CollectionEntry<'mesures'>[] }[]> {
  const axes = (await getCollection('axes')).sort((a, b) => a.data.number - b.data.number);
  const mesures = (await getCollection('mesures')).sort(byMesureOrder((await getSortContext()).axisNumbers));
  const groups = groupInOrder(
    mesures,
    (m) => m.data.axis.id,
    axes.map((a) => a.id),
  );
  return axes.map((axis) => ({ axis, mesures: groups.find((g) => g.key === axis.id)?.items ?? [] }));
}

/** The three axes of the pactes' pilier « Solidarité », their sous-axes, and each sous-axe's example actions. */
export async function getPacteFramework(): Promise<
  {
    axis: CollectionEntry<'pacteAxes'>;
    sousAxes: { sousAxe: CollectionEntry<'sousAxes'>; actions: CollectionEntry<'actions'>[] }[];
  }[]
> {
  const axes = (await getCollection('pacteAxes')).sort((a, b) => a.data.number - b.data.number);
  const sousAxes = (await getCollection('sousAxes')).sort((a, b) => a.data.code.localeCompare(b.data.code));
  const actions = (await getCollection('actions')).sort((a, b) => a.id.localeCompare(b.id));
  return axes.map((axis) => ({
    axis,
    sousAxes: sousAxes
      .filter((s) => s.data.axis.id === axis.id)
      .map((sousAxe) => ({ sousAxe, actions: actions.filter((a) => a.data.sousAxe.id === sousAxe.id) })),
  }));
}
