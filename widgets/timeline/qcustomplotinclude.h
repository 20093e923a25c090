#pragma once

// qcustomplot.h is written with Qt's keywords (signals, slots, emit, foreach), which this
// project switches off (QT_NO_KEYWORDS, QT_NO_FOREACH): spell them for that header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#undef emit
#undef slots
#undef signals
