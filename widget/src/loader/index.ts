// Entry of dist/widget.js, the script merchants paste: boots the loader once, as soon as it runs.
import { boot } from './boot.ts';

boot();
