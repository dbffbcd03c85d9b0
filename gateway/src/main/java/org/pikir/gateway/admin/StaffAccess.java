package org.pikir.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.gateway.web.ForbiddenPageException;
import org.pikir.gateway.web.SignInRequiredException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;

/**
 * Who may use a part of the admin console: nobody signed in is sent to sign in (and back), a
 * signed-in person without one of the area's roles gets the 403 page. The services check the same
 * roles on every call; this only keeps people from pages they cannot use.
 */
@ApplicationScoped
public class StaffAccess {

    private final Visitor visitor;

    public StaffAccess(Visitor visitor) {
        this.visitor = visitor;
    }

    /** The signed-in staff member, if they may use {@code area}; {@code path} is where sign-in comes back to. */
    public SignedInUser require(StaffArea area, String path) {
        SignedInUser user = visitor.user().orElseThrow(() -> new SignInRequiredException(path));
        if (!user.hasAnyRole(area.roles())) {
            throw new ForbiddenPageException(user.username() + " has none of " + area.roles() + " for " + path);
        }
        return user;
    }
}
