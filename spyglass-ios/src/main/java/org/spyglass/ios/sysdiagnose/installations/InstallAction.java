package org.spyglass.ios.sysdiagnose.installations;

/** What a {@code mobile_installation.log} entry says happened to an app, each from one message of installd. */
public enum InstallAction {
    /** {@code Installing <MIInstallableBundle ID=<bundle>; ...>}: an install or update began. */
    INSTALLING("installation began"),
    /** {@code Install Successful for (Placeholder:<bundle>)}, the kind prefix optional: an install or update ended. */
    INSTALL_SUCCESSFUL("installed"),
    /** {@code Attempting Delta patch update of <bundle> from <path>}: an update by patch began. */
    DELTA_UPDATE("update by patch began"),
    /** {@code Uninstalling identifier <bundle>}: an uninstall began. */
    UNINSTALLING("uninstallation began"),
    /** {@code Made container live for <bundle> at <path>}: a bundle or data container was put in place. */
    CONTAINER_LIVE("container made live"),
    /** {@code Data container for <bundle> is now at <path>}: the data container was moved. */
    DATA_CONTAINER_MOVED("data container moved"),
    /** {@code Destroying container with identifier <bundle> at <path>}: a container was deleted. */
    CONTAINER_DESTROYED("container destroyed");

    private final String description;

    InstallAction(String description) {
        this.description = description;
    }

    /** A few words for messages and the timeline. */
    public String description() {
        return description;
    }
}
