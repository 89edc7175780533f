// Offline edition: the filters and sorting of the Financements page as a classic script.
import { defineFundingElement } from '../components/funding/funding-element';

defineFundingElement();
