package dev.retort.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.exc.ArgumentException;
import dev.retort.it.seed.Address_;
import dev.retort.it.seed.User;
import dev.retort.it.seed.User_;
import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.GeneratedMapper;
import dev.retort.orm.mapping.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts a generated mapper hands {@code GeneratedMapper} as arrays, and the check on them. */
class GeneratedMapperTest {
    @Test
    void generatedMapperKeepsAttributesAndRelationshipsInOrder() {
        assertEquals(List.of(User_.id, User_.name, User_.fullname, User_.password), User_.MAPPER.attributes());
        assertEquals(List.of(User_.addresses), User_.MAPPER.relations());
        assertEquals(List.of(Address_.user), Address_.MAPPER.relations());
    }

    @Test
    void attributeOfAnotherClassIsRefused() {
        ArgumentException e = assertThrows(ArgumentException.class,
                () -> new Facts(new Attribute<?, ?>[] {User_.id, Address_.emailAddress}, new Relation<?, ?>[] {}));
        assertEquals("Address.emailAddress is not an attribute of dev.retort.it.seed.User", e.getMessage());
    }

    @Test
    void relationshipOfAnotherClassIsRefused() {
        ArgumentException e = assertThrows(ArgumentException.class,
                () -> new Facts(new Attribute<?, ?>[] {User_.id}, new Relation<?, ?>[] {Address_.user}));
        assertEquals("Address.user is not a relationship of dev.retort.it.seed.User", e.getMessage());
    }

    /** A mapper of {@link User} that only holds facts; its object code is never called. */
    private static final class Facts extends GeneratedMapper<User> {
        Facts(Attribute<?, ?>[] attributes, Relation<?, ?>[] relations) {
            super(User.class, "User", User_.TABLE, attributes, relations, new int[] {0}, 0, -1, false);
        }

        @Override
        public User newInstance(Object[] row, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void populate(User entity, Object[] row, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void readValues(User entity, Object[] target, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int changedColumns(User entity, Object[] snapshot, int[] changed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(User entity, int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void set(User entity, int index, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object primaryKey(User entity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getRelated(User entity, int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRelated(User entity, int index, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyDefaults(User entity) {
            throw new UnsupportedOperationException();
        }
    }
}
