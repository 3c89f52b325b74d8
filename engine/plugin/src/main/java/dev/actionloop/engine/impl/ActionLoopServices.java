package dev.actionloop.engine.impl;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.LoopService;

/** The services of one engine. */
record ActionLoopServices(LoopService loops, AuditService audit) implements ActionLoop {}
