package org.spyglass.core.source;

/** The kinds of evidence Spyglass reads. A module says which kinds it applies to. */
public enum SourceKind {
    IOS_BACKUP,
    IOS_FILESYSTEM,
    IOS_SYSDIAGNOSE,
    ANDROID_ANDROIDQF,
    ANDROID_BUGREPORT,
    ANDROID_BACKUP,
    ANDROID_INTRUSION_LOGS
}
