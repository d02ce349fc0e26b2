-- Extensions the platform relies on (all "trusted" in PostgreSQL 13+, so the database owner may create them).
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- lgsp_fold: the one text-folding rule for search ("so khoa hoc" finds "Sở Khoa học và Công nghệ").
-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated column or an
-- index; this wrapper pins the dictionary and is declared IMMUTABLE, the usual PostgreSQL idiom.
-- Vietnamese: unaccent maps đ/Đ to d and strips tones and the horn/breve/circumflex marks.
-- The Java twin is vn.gov.haiphong.lgsp.common.text.VietnameseText#fold; a test keeps them equal.
CREATE OR REPLACE FUNCTION lgsp_fold(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;
