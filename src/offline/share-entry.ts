// Offline edition: « Copier le lien » as a classic script.
import { defineShareElement } from '../components/sheet/share-element';

defineShareElement();
