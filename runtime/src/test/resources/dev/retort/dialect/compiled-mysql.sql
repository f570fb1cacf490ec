-- select.table
SELECT users.id, users.name, users.fullname FROM users
-- parameters: []

-- select.columns
SELECT users.name, users.fullname FROM users
-- parameters: []

-- select.two_tables
SELECT users.id, users.name, users.fullname, addresses.id AS id_1, addresses.user_id, addresses.email_address FROM users, addresses WHERE users.id = addresses.user_id
-- parameters: []

-- select.like
SELECT addresses.id, addresses.user_id, addresses.email_address FROM addresses WHERE addresses.email_address LIKE ?
-- parameters: [email_address_1=%@gmail.com]

-- select.and_or_not
SELECT users.id FROM users WHERE users.name = ? AND (users.id > ? OR users.fullname IS NOT NULL)
-- parameters: [name_1=ed, id_1=3]

-- select.seed_title
SELECT CONCAT(CONCAT(users.fullname, ?), addresses.email_address) AS title FROM users, addresses WHERE users.id = addresses.user_id AND (addresses.email_address LIKE ? OR addresses.email_address LIKE ?)
-- parameters: [fullname_1=, , email_address_1=%@aol.com, email_address_2=%@msn.com]

-- select.concat_where
SELECT users.id FROM users WHERE (CONCAT(users.name, ?)) = ?
-- parameters: [name_1=x, param_1=edx]

-- select.ilike
SELECT users.id FROM users WHERE lower(users.name) LIKE lower(?) AND lower(users.fullname) NOT LIKE lower(?)
-- parameters: [name_1=E%, fullname_1=%x%]

-- select.starts_contains_ends
SELECT users.id FROM users WHERE users.name LIKE ? ESCAPE '/' AND users.fullname LIKE ? ESCAPE '/' AND users.name LIKE ? ESCAPE '/' AND users.name NOT LIKE ?
-- parameters: [name_1=e/_%, fullname_1=%50/%%, name_2=%d, name_3=x%]

-- select.in
SELECT users.id FROM users WHERE users.id IN (?, ?, ?) AND users.name NOT IN (?, ?)
-- parameters: [id_1=1, id_2=2, id_3=3, name_1=x, name_2=y]

-- select.in_empty
SELECT users.id FROM users WHERE false
-- parameters: []

-- select.in_select
SELECT users.name FROM users WHERE users.id IN (SELECT addresses.user_id FROM addresses WHERE addresses.email_address LIKE ?)
-- parameters: [email_address_1=%@x.org]

-- select.between
SELECT users.id FROM users WHERE users.id BETWEEN ? AND ? AND users.id NOT BETWEEN ? AND ?
-- parameters: [id_1=2, id_2=4, id_3=7, id_4=9]

-- select.null
SELECT users.id FROM users WHERE users.name IS NULL AND users.fullname IS NOT NULL AND users.name IS NULL
-- parameters: []

-- select.ne
SELECT users.id FROM users WHERE users.name != ?
-- parameters: [name_1=ed]

-- select.arithmetic
SELECT (users.id + ?) * ? AS x FROM users WHERE users.id - ? > ?
-- parameters: [id_1=1, param_1=2, id_2=1, param_2=0]

-- select.cast
SELECT CAST(users.id AS CHAR(10)) AS sid, CAST(users.name AS CHAR) AS name FROM users
-- parameters: []

-- select.functions
SELECT lower(users.name) AS lower_1, coalesce(users.name, ?) AS coalesce_1, length(users.fullname) AS length_1 FROM users
-- parameters: [coalesce_1=?]

-- select.aggregates
SELECT count(*) AS count_1, count(users.id) AS count_2, sum(users.id) AS sum_1, min(users.name) AS min_1, max(users.id) AS max_1, avg(users.id) AS avg_1 FROM users
-- parameters: []

-- select.group_having
SELECT users.name, count(*) AS n FROM users GROUP BY users.name HAVING count(*) > ? ORDER BY users.name
-- parameters: [count_1=1]

-- select.distinct
SELECT DISTINCT users.name FROM users
-- parameters: []

-- select.order
SELECT users.id FROM users ORDER BY users.name ASC, users.id DESC
-- parameters: []

-- select.order_nulls
SELECT users.id FROM users ORDER BY users.name IS NULL DESC, users.name, users.id IS NULL, users.id DESC
-- parameters: []

-- select.order_label
SELECT users.name AS n FROM users ORDER BY users.name
-- parameters: []

-- select.limit
SELECT users.id FROM users ORDER BY users.id LIMIT ?
-- parameters: [param_1=2]

-- select.offset
SELECT users.id FROM users ORDER BY users.id LIMIT 18446744073709551615 OFFSET ?
-- parameters: [param_1=1]

-- select.limit_offset
SELECT users.id FROM users ORDER BY users.id LIMIT ? OFFSET ?
-- parameters: [param_1=2, param_2=1]

-- select.join
SELECT users.name, addresses.email_address FROM users JOIN addresses ON users.id = addresses.user_id
-- parameters: []

-- select.outer_join
SELECT users.name, addresses.email_address FROM users LEFT OUTER JOIN addresses ON users.id = addresses.user_id ORDER BY users.id
-- parameters: []

-- select.join_on
SELECT users.name FROM users JOIN addresses ON addresses.user_id = users.id WHERE addresses.id > ?
-- parameters: [id_1=0]

-- select.alias
SELECT u.name FROM users AS u WHERE u.id = ?
-- parameters: [id_1=1]

-- select.subquery_from
SELECT users.name, counts.n FROM users, (SELECT addresses.user_id AS user_id, count(*) AS n FROM addresses GROUP BY addresses.user_id) AS counts WHERE users.id = counts.user_id
-- parameters: []

-- select.scalar_subquery
SELECT users.name, (SELECT count(*) AS count_1 FROM addresses WHERE addresses.user_id = users.id) AS n FROM users
-- parameters: []

-- select.exists
SELECT users.name FROM users WHERE EXISTS (SELECT addresses.id FROM addresses WHERE addresses.user_id = users.id)
-- parameters: []

-- select.correlated
SELECT users.name FROM users WHERE users.id = (SELECT max(addresses.user_id) AS max_1 FROM addresses WHERE addresses.email_address = users.name)
-- parameters: []

-- select.for_update
SELECT users.id, users.name, users.fullname FROM users WHERE users.id = ? FOR UPDATE
-- parameters: [id_1=1]

-- select.for_update_ordered
SELECT users.id, users.name, users.fullname FROM users ORDER BY users.id FOR UPDATE
-- parameters: []

-- select.literal
SELECT ? AS anon_1
-- parameters: [param_1=1]

-- select.literal_null
SELECT ? AS anon_1
-- parameters: [param_1=null]

-- select.func_literal
SELECT lower(?) AS lower_1
-- parameters: [lower_1=X]

-- select.concat_literal
SELECT CONCAT(users.name, ?) AS anon_1 FROM users
-- parameters: [name_1=x]

-- select.bind_is_null
SELECT users.id FROM users WHERE ? IS NULL OR users.name = ?
-- parameters: [n, n]

-- select.literals_compared
SELECT users.id FROM users WHERE ? = ?
-- parameters: [param_1=1, param_2=1]

-- select.reserved
SELECT user.`order`, user.`left`, user.`right`, user.user FROM user WHERE user.`left` = ? ORDER BY user.`order` DESC
-- parameters: [left_1=x]

-- select.reserved_join
SELECT user.`left`, `order`.`select` FROM user JOIN `order` ON user.`order` = `order`.user
-- parameters: []

-- insert.all_columns
INSERT INTO users (id, name, fullname) VALUES (?, ?, ?)
-- parameters: [id, name, fullname]

-- insert.values
INSERT INTO users (name, fullname) VALUES (?, ?)
-- parameters: [name=jack, fullname=Jack Jones]

-- insert.executemany_keys
INSERT INTO users (name, fullname) VALUES (?, ?)
-- parameters: [name, fullname]

-- insert.from_select
INSERT INTO addresses (user_id, email_address) SELECT users.id, CONCAT(users.name, ?) AS anon_1 FROM users WHERE users.id = ?
-- parameters: [name_1=@example.com, id_1=3]

-- insert.returning
!! CompileException: This database does not support RETURNING; read the values back with a SELECT

-- insert.default_values
INSERT INTO counter () VALUES ()
-- parameters: []

-- insert.reserved
INSERT INTO user (`left`, user) VALUES (?, ?)
-- parameters: [left=l, user=u]

-- update.values_where
UPDATE users SET name=? WHERE users.id = ?
-- parameters: [name=x, id_1=1]

-- update.expression
UPDATE users SET fullname=(CONCAT(users.name, ?))
-- parameters: [name_1=!]

-- update.keys_bindparam
UPDATE users SET name=? WHERE users.id = ?
-- parameters: [name, user_id]

-- update.returning
!! CompileException: MySQL and MariaDB have no UPDATE ... RETURNING; read the values back with a SELECT after the UPDATE

-- update.reserved
UPDATE user SET `right`=? WHERE user.`order` = ?
-- parameters: [right=5, order_1=1]

-- delete.where
DELETE FROM users WHERE users.name LIKE ?
-- parameters: [name_1=f%]

-- delete.all
DELETE FROM addresses
-- parameters: []

-- delete.returning
!! CompileException: MySQL and MariaDB have no UPDATE ... RETURNING, so Retort offers no DELETE ... RETURNING either; read the values with a SELECT first

-- text.binds
select id, name from users where id = ? or name = ?
-- parameters: [id, name]

-- text.bound_values
select id from users where id > ?
-- parameters: [min=3]

-- ddl.create_users
CREATE TABLE users (
    id INTEGER AUTO_INCREMENT NOT NULL,
    name VARCHAR(50),
    fullname VARCHAR(50),
    CONSTRAINT pk_users PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_addresses
CREATE TABLE addresses (
    id INTEGER AUTO_INCREMENT NOT NULL,
    user_id INTEGER,
    email_address VARCHAR(50) NOT NULL,
    CONSTRAINT pk_addresses PRIMARY KEY (id),
    CONSTRAINT fk_addresses_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_everything
CREATE TABLE everything (
    id BIGINT AUTO_INCREMENT NOT NULL,
    i INTEGER,
    s SMALLINT,
    v VARCHAR(40),
    vs VARCHAR(255),
    t LONGTEXT,
    b BOOLEAN,
    r FLOAT,
    d DOUBLE,
    n DECIMAL(10, 2),
    nu DECIMAL(65, 30),
    dt DATE,
    tm TIME(6),
    ts DATETIME(6),
    tz DATETIME(6),
    ins DATETIME(6),
    u CHAR(36),
    bl LONGBLOB,
    vb VARBINARY(16),
    e VARCHAR(2),
    color VARCHAR(5),
    code VARCHAR(10),
    created DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
    qty INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT pk_everything PRIMARY KEY (id),
    CONSTRAINT ck_everything_1 CHECK (qty >= 0),
    CONSTRAINT uq_everything_code UNIQUE (code),
    CONSTRAINT ck_everything_e CHECK (e IN ('a', 'bb', 'c')),
    CONSTRAINT ck_everything_color CHECK (color IN ('RED', 'GREEN', 'BLUE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_user
CREATE TABLE user (
    `order` INTEGER AUTO_INCREMENT NOT NULL,
    `left` VARCHAR(20),
    `right` INTEGER,
    user VARCHAR(20),
    CONSTRAINT pk_user PRIMARY KEY (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_order
CREATE TABLE `order` (
    id INTEGER AUTO_INCREMENT NOT NULL,
    user INTEGER,
    `select` VARCHAR(20),
    CONSTRAINT pk_order PRIMARY KEY (id),
    CONSTRAINT fk_order_user_user FOREIGN KEY(user) REFERENCES user (`order`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_association
CREATE TABLE association (
    left_id INTEGER,
    right_id INTEGER,
    CONSTRAINT fk_association_left_id_left FOREIGN KEY(left_id) REFERENCES `left` (id),
    CONSTRAINT fk_association_right_id_right FOREIGN KEY(right_id) REFERENCES `right` (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_parent
CREATE TABLE parent (
    a INTEGER NOT NULL,
    b VARCHAR(10) NOT NULL,
    label VARCHAR(20),
    CONSTRAINT pk_parent PRIMARY KEY (a, b),
    CONSTRAINT pk_label UNIQUE (label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_child
CREATE TABLE child (
    id INTEGER NOT NULL,
    pa INTEGER,
    pb VARCHAR(10),
    owner_id INTEGER,
    counter_id INTEGER,
    CONSTRAINT pk_child PRIMARY KEY (id),
    CONSTRAINT fk_child_pa_pb_parent FOREIGN KEY(pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE,
    CONSTRAINT fk_child_owner FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_child_counter_id_counter FOREIGN KEY(counter_id) REFERENCES counter (id) ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.create_counter
CREATE TABLE counter (
    id INTEGER AUTO_INCREMENT NOT NULL,
    CONSTRAINT pk_counter PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.on_update_cascade
CREATE TABLE source (
    id INTEGER AUTO_INCREMENT NOT NULL,
    target_id INTEGER,
    CONSTRAINT pk_source PRIMARY KEY (id),
    CONSTRAINT fk_source_target_id_target FOREIGN KEY(target_id) REFERENCES target (id) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- parameters: []

-- ddl.drop_table
DROP TABLE user
-- parameters: []

-- ddl.create_index
CREATE INDEX ix_everything_i ON everything (i)
-- parameters: []

-- ddl.create_index_reserved
CREATE INDEX ix_user_user ON user (user)
-- parameters: []

-- ddl.create_unique_index
CREATE UNIQUE INDEX ux_child_pa_pb ON child (pa, pb)
-- parameters: []

-- ddl.drop_index
DROP INDEX ix_everything_i ON everything
-- parameters: []

