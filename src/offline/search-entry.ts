// Offline edition: the search element as a classic script (module scripts are blocked under file://).
import { defineSearchElement } from '../components/search/search-element';

defineSearchElement();
