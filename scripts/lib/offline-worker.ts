/** A worker thread of the offline edition (scripts/lib/offline-pages.ts): writes its share of the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeOfflinePages } from './offline-pages';

const { dist, OUT, files, copyDate } = workerData as { dist: string; OUT: string; files: string[]; copyDate: string };
parentPort!.postMessage(writeOfflinePages(dist, OUT, files, copyDate));
