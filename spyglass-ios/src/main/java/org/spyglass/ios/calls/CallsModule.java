package org.spyglass.ios.calls;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Phone, FaceTime and VoIP calls (CallHistory.storedata): Apple ID e-mail addresses matched. */
public final class CallsModule extends AbstractModule<CallRecord> {
    public static final String NAME = "calls";
    /**
     * HomeDomain {@code Library/CallHistoryDB/CallHistory.storedata}, fileID
     * 5a4935c78a5255723f707230a451d79c540d2741.
     */
    public static final String PATH = "/private/var/mobile/Library/CallHistoryDB/CallHistory.storedata";

    public CallsModule() {
        super(NAME, CallRecord.class,
                "Call history (CallHistory.storedata): callers' Apple ID e-mail addresses matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<CallRecord> parser() {
        return new CallsParser();
    }

    @Override
    public Checker<CallRecord> checker() {
        return new CallsChecker();
    }

    @Override
    public TimelineMapper<CallRecord> timeline() {
        return new CallsTimeline();
    }
}
