#!/bin/sh
# Start Vigie Mutuelle (installed under /opt/vigie-mutuelle by the .deb). Arguments go to the app:
# `vigie-mutuelle selftest`, `vigie-mutuelle check NOM`...
exec /opt/vigie-mutuelle/vigie-mutuelle "$@"
