package org.pikir.feedback.comment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a comment stays editable and how deep its thread may grow. */
@ConfigMapping(prefix = "pikir.feedback.comments")
public interface CommentsConfig {

    /** How long after posting its author may still change a comment's text. */
    @WithDefault("15m")
    Duration editWindow();

    /** How many levels of replies a top-level comment may gather: 3 allows a reply to a reply to a reply. */
    @WithDefault("3")
    int maxReplyDepth();
}
