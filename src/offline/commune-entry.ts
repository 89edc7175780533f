// Offline edition: the « Ma commune » element as a classic script.
import { defineCommuneElement } from '../components/commune/commune-element';

defineCommuneElement();
