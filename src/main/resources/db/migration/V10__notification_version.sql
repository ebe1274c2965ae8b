-- An optimistic version: a coordinator's retry and a dispatcher's claim of the same message never overwrite each
-- other unseen (the claim's conditional updates raise it too).
alter table notification add column version bigint default 0 not null;
