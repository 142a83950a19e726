package org.spyglass.ios.interactionc;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * Interactions that apps donated to CoreDuet (interactionC.db): who messaged or called whom, with which app, when.
 * Sender and recipient e-mail addresses and content URLs are matched against the indicators.
 */
public final class InteractionCModule extends AbstractModule<Interaction> {
    public static final String NAME = "interaction_c";
    /** HomeDomain {@code Library/CoreDuet/People/interactionC.db}, fileID 1f5a521220a3ad80ebfdc196978df8e7a2e49dee. */
    public static final String PATH = "/private/var/mobile/Library/CoreDuet/People/interactionC.db";

    public InteractionCModule() {
        super(NAME, Interaction.class,
                "App interactions (interactionC.db): sender and recipient e-mails and content URLs matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<Interaction> parser() {
        return new InteractionParser();
    }

    @Override
    public Checker<Interaction> checker() {
        return new InteractionChecker();
    }

    @Override
    public TimelineMapper<Interaction> timeline() {
        return new InteractionTimeline();
    }
}
