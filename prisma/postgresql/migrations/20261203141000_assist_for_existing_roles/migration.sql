-- "Make changes as the customer" is new. A role that could already log in as a customer kept
-- the power to make changes (section 6's behaviour), so it is given the new resource. Roles
-- made from now on get it only when an administrator ticks it.
INSERT INTO "AdminRoleResource" ("roleId", "resource")
SELECT r."roleId", 'customers.lac.assist' FROM "AdminRoleResource" r
WHERE r."resource" = 'customers.lac.login'
  AND NOT EXISTS (SELECT 1 FROM "AdminRoleResource" x WHERE x."roleId" = r."roleId" AND x."resource" = 'customers.lac.assist');
