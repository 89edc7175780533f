// Offline edition: the print button as a classic script.
import { definePrintElement } from '../components/sheet/print-element';

definePrintElement();
