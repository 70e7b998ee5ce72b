# The C module of the datetime module, which typeshed does not describe: the same
# classes as datetime's (assistant/safety.py imports them from here when it can).
from datetime import date as date
from datetime import timedelta as timedelta
