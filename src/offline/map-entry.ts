// Offline edition: the map element as a classic script (module scripts are blocked under file://).
import { defineMapElement } from '../components/map/map-element';

defineMapElement();
