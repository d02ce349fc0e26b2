package vn.gov.haiphong.lgsp.codelist.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.Changes;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ItemPage;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ItemView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ListView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.Rename;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.VersionView;
import vn.gov.haiphong.lgsp.codelist.control.AttributeSpec;
import vn.gov.haiphong.lgsp.codelist.control.CodeListExport;
import vn.gov.haiphong.lgsp.codelist.control.CodeListImport;
import vn.gov.haiphong.lgsp.codelist.control.ItemRow;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.codelist.control.ReadCache;
import vn.gov.haiphong.lgsp.codelist.entity.CodeList;
import vn.gov.haiphong.lgsp.codelist.entity.CodeListItem;
import vn.gov.haiphong.lgsp.codelist.entity.CodeListVersion;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;

/**
 * The code-list catalog. The operator defines lists, imports a draft version (validated whole; a
 * refused import stores nothing) and publishes it; published versions never change. Everyone
 * authenticated reads published versions: items by page, parent or words, one item (retired ones too,
 * with their replacements), and the changes between two versions.
 */
@Stateless
public class CodeLists {

    static final String ENTITY = "code-list";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type ATTRIBUTE_LIST = new ParameterizedType() {
        public Type[] getActualTypeArguments() {
            return new Type[] {AttributeSpec.class};
        }

        public Type getRawType() {
            return List.class;
        }

        public Type getOwnerType() {
            return null;
        }
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    AdminAuditLog audit;

    @Inject
    ReadCache cache;

    @EJB
    CacheChanges cacheChanges;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ListView> lists() {
        return em.createNamedQuery(CodeList.ALL, CodeList.class).getResultList().stream().map(this::view).toList();
    }

    /** A page of the lists, ordered by code (they are few: paged in memory). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ListView> lists(PageRequest page) {
        return Page.slice(lists(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ListView describe(String code) {
        return view(list(code));
    }

    public ListView define(Caller caller, CodeListDraft draft) {
        caller.require(Roles.OPERATOR);
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (draft.ownerAgencyCode() != null && !draft.ownerAgencyCode().isBlank()
                && !AgencyCodes.isValid(draft.ownerAgencyCode())) {
            violations.add(FieldViolation.of("ownerAgencyCode", "agency.code.invalid"));
        }
        List<AttributeSpec> attributes = draft.attributes() == null ? List.of() : draft.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeSpec a = attributes.get(i);
            if (a.name() == null || !a.name().matches("[a-z][a-z0-9_]{0,63}") || CodeListImport.isStandardColumn(a.name())) {
                violations.add(FieldViolation.of("attributes[" + i + "].name", "codelist.attribute.name"));
            }
            if (!AttributeSpec.TYPES.contains(a.type())) {
                violations.add(FieldViolation.of("attributes[" + i + "].type", "codelist.attribute.type", AttributeSpec.TYPES));
            }
        }
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        if (!em.createNamedQuery(CodeList.BY_CODE, CodeList.class).setParameter("code", draft.code()).getResultList()
                .isEmpty()) {
            throw new LgspException(ErrorCode.CODE_LIST_EXISTS, draft.code());
        }
        CodeList list = new CodeList(draft.code(), VietnameseText.clean(draft.nameVi()), VietnameseText.clean(draft.nameEn()),
                draft.ownerAgencyCode(), draft.legalBasisNumber(), draft.legalBasisDate(), JSON.toJson(attributes));
        em.persist(list);
        em.flush();
        ListView view = view(list);
        cacheChanges.announce(CacheChanged.CODE_LISTS);
        audit.record(caller, "DEFINE", ENTITY, list.getCode(), list.getOwnerAgencyCode(), null, view);
        return view;
    }

    /** Replaces the list's draft with the given import (CSV or JSON), validated whole. */
    public VersionView importDraft(Caller caller, String listCode, String format, byte[] body, LocalDate effectiveFrom) {
        caller.require(Roles.OPERATOR);
        CodeList list = list(listCode);
        if (effectiveFrom == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("effectiveFrom", "field.required")));
        }
        CodeListImport reader = new CodeListImport(attributes(list));
        List<ItemRow> rows = "json".equals(format) ? reader.json(body) : reader.csv(body);
        em.createNamedQuery(CodeListVersion.OF_LIST, CodeListVersion.class).setParameter("list", list).getResultList()
                .stream().filter(v -> v.getStatus() == CodeListVersion.Status.DRAFT).forEach(em::remove);
        em.flush();
        int number = em.createNamedQuery(CodeListVersion.OF_LIST, CodeListVersion.class).setParameter("list", list)
                .getResultList().stream().mapToInt(CodeListVersion::getNumber).max().orElse(0) + 1;
        CodeListVersion draft = new CodeListVersion(list, number, effectiveFrom, rows.size(), caller.name());
        em.persist(draft);
        em.flush();
        for (ItemRow row : rows) {
            em.persist(new CodeListItem(draft.getId(), row.code(), row.name(), row.parentCode(),
                    JSON.toJson(row.attributes()), row.validFrom(), row.validTo(), JSON.toJson(row.replacedBy())));
        }
        em.flush();
        VersionView view = view(draft);
        cacheChanges.announce(CacheChanged.CODE_LISTS);
        audit.record(caller, "IMPORT", ENTITY, list.getCode() + "/" + number, list.getOwnerAgencyCode(), null, view);
        return view;
    }

    public VersionView publish(Caller caller, String listCode, int number) {
        caller.require(Roles.OPERATOR);
        CodeList list = list(listCode);
        CodeListVersion version = version(list, number);
        if (version.getStatus() != CodeListVersion.Status.DRAFT) {
            throw new LgspException(ErrorCode.CODE_LIST_VERSION_PUBLISHED, listCode, number);
        }
        VersionView before = view(version);
        version.publish(caller.name());
        em.flush();
        VersionView after = view(version);
        cacheChanges.announce(CacheChanged.CODE_LISTS);
        audit.record(caller, "PUBLISH", ENTITY, list.getCode() + "/" + number, list.getOwnerAgencyCode(), before, after);
        return after;
    }

    /** The list's draft version (bản nháp), before it is published. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VersionView draft(Caller caller, String listCode) {
        caller.require(Roles.OPERATOR);
        return view(draftOf(list(listCode)));
    }

    /** A page of the draft's items, searched as the published ones are (never cached: a draft is replaced). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ItemPage draftItems(Caller caller, String listCode, String parent, String text, PageRequest page) {
        caller.require(Roles.OPERATOR);
        CodeListVersion draft = draftOf(list(listCode));
        return items(listCode, draft.getNumber(), draft.getId(), parent, text, page);
    }

    /** What publishing the draft would change for consumers of the current version (all added before the first). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Changes draftChanges(Caller caller, String listCode) {
        caller.require(Roles.OPERATOR);
        CodeList list = list(listCode);
        CodeListVersion draft = draftOf(list);
        CodeListVersion current = em.createNamedQuery(CodeListVersion.CURRENT, CodeListVersion.class)
                .setParameter("list", list).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return changes(listCode, current, draft);
    }

    /** Discards the draft: its items are deleted, the list is as it was before the import. */
    public void discardDraft(Caller caller, String listCode) {
        caller.require(Roles.OPERATOR);
        CodeList list = list(listCode);
        CodeListVersion draft = draftOf(list);
        VersionView before = view(draft);
        em.remove(draft);
        em.flush();
        cacheChanges.announce(CacheChanged.CODE_LISTS);
        audit.record(caller, "DISCARD", ENTITY, list.getCode() + "/" + draft.getNumber(), list.getOwnerAgencyCode(),
                before, null);
    }

    /**
     * Every matching item of a published version (current when {@code number} is null) as CSV in the columns the
     * import takes ({@link CodeListExport}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String export(String listCode, Integer number, String parent, String text) {
        int version = versionNumber(listCode, number);
        return export(list(listCode), publishedVersionId(listCode, version), parent, text);
    }

    /** The draft's matching items as CSV, as {@link #export} writes a published version. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String exportDraft(Caller caller, String listCode, String parent, String text) {
        caller.require(Roles.OPERATOR);
        CodeList list = list(listCode);
        return export(list, draftOf(list).getId(), parent, text);
    }

    private String export(CodeList list, long versionId, String parent, String text) {
        String clean = VietnameseText.clean(text);
        CodeListExport export = new CodeListExport(attributes(list));
        em.createNamedQuery(CodeListItem.SEARCH, CodeListItem.class).setParameter("version", versionId)
                .setParameter("parent", parent == null || parent.isBlank() ? null : parent.strip())
                .setParameter("pattern", clean == null ? null : VietnameseText.containsWordsPattern(clean))
                .getResultStream().forEach(export::add);
        return export.text();
    }

    private CodeListVersion draftOf(CodeList list) {
        return em.createNamedQuery(CodeListVersion.OF_LIST, CodeListVersion.class).setParameter("list", list)
                .getResultStream().filter(v -> v.getStatus() == CodeListVersion.Status.DRAFT).findFirst()
                .orElseThrow(() -> new LgspException(ErrorCode.CODE_LIST_VERSION_NOT_FOUND, list.getCode(), "draft"));
    }

    /**
     * The number of the published version a read addresses: the given one, or the current. One small
     * query for "current" (it changes on publish, so it is never cached); none for a version already
     * seen published (that never changes).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int versionNumber(String listCode, Integer number) {
        if (number == null) {
            Integer current = em.createNamedQuery(CodeListVersion.CURRENT_NUMBER, Integer.class)
                    .setParameter("code", listCode).getSingleResult();
            if (current == null) {
                list(listCode);
                throw new LgspException(ErrorCode.CODE_LIST_VERSION_NOT_FOUND, listCode, "—");
            }
            return current;
        }
        publishedVersionId(listCode, number);
        return number;
    }

    /** The id of a published version, remembered once seen; refusals for unknown lists and versions. */
    private Long publishedVersionId(String listCode, int number) {
        return cache.get(String.join("|", listCode, Integer.toString(number), "id"), () -> em
                .createNamedQuery(CodeListVersion.PUBLISHED_ID, Long.class)
                .setParameter("code", listCode).setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> {
                    list(listCode);
                    return new LgspException(ErrorCode.CODE_LIST_VERSION_NOT_FOUND, listCode, number);
                }));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ItemPage items(String listCode, Integer number, String parent, String text, PageRequest page) {
        int version = versionNumber(listCode, number);
        long versionId = publishedVersionId(listCode, version);
        return cache.get(String.join("|", listCode, Integer.toString(version), "items",
                String.valueOf(parent), String.valueOf(text), Integer.toString(page.page()), Integer.toString(page.size())),
                () -> items(listCode, version, versionId, parent, text, page));
    }

    private ItemPage items(String listCode, int version, long versionId, String parent, String text,
                           PageRequest page) {
        String clean = VietnameseText.clean(text);
        String pattern = clean == null ? null : VietnameseText.containsWordsPattern(clean);
        String parentCode = parent == null || parent.isBlank() ? null : parent.strip();
        List<ItemView> items = em.createNamedQuery(CodeListItem.SEARCH, CodeListItem.class)
                .setParameter("version", versionId).setParameter("parent", parentCode)
                .setParameter("pattern", pattern)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(CodeLists::view).toList();
        long total = em.createNamedQuery(CodeListItem.COUNT, Long.class)
                .setParameter("version", versionId).setParameter("parent", parentCode)
                .setParameter("pattern", pattern).getSingleResult();
        return new ItemPage(listCode, version, items, page.page(), page.size(), total);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ItemView item(String listCode, String itemCode, Integer number) {
        int version = versionNumber(listCode, number);
        long versionId = publishedVersionId(listCode, version);
        return cache.get(String.join("|", listCode, Integer.toString(version), "item", itemCode),
                () -> em.createNamedQuery(CodeListItem.BY_CODE, CodeListItem.class)
                        .setParameter("version", versionId).setParameter("code", itemCode)
                        .getResultStream().findFirst().map(CodeLists::view)
                        .orElseThrow(() -> new LgspException(ErrorCode.CODE_LIST_ITEM_NOT_FOUND, itemCode, listCode,
                                version)));
    }

    /** What changed from version {@code from} to version {@code to} (both published). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Changes changes(String listCode, int from, int to) {
        CodeList list = list(listCode);
        CodeListVersion older = published(list, from);
        CodeListVersion newer = published(list, to);
        return cache.get(String.join("|", listCode, Integer.toString(from), Integer.toString(to), "changes"),
                () -> changes(listCode, older, newer));
    }

    /** From {@code older} (null: before the first version, nothing) to {@code newer}. */
    private Changes changes(String listCode, CodeListVersion older, CodeListVersion newer) {
        int from = older == null ? 0 : older.getNumber();
        int to = newer.getNumber();
        Map<String, CodeListItem> before = older == null ? Map.of() : all(older);
        Map<String, CodeListItem> after = all(newer);
        List<ItemView> added = after.values().stream().filter(i -> !before.containsKey(i.getCode()))
                .map(CodeLists::view).toList();
        List<String> removed = before.keySet().stream().filter(c -> !after.containsKey(c)).sorted().toList();
        List<Rename> renamed = new ArrayList<>();
        List<ItemView> replaced = new ArrayList<>();
        for (CodeListItem now : after.values()) {
            CodeListItem then = before.get(now.getCode());
            if (then == null) {
                continue;
            }
            if (!then.getName().equals(now.getName())) {
                renamed.add(new Rename(now.getCode(), then.getName(), now.getName()));
            }
            if (!Objects.equals(then.getReplacedBy(), now.getReplacedBy()) && !replacements(now).isEmpty()) {
                replaced.add(view(now));
            }
        }
        return new Changes(listCode, from, to, added, removed, renamed, replaced);
    }

    private Map<String, CodeListItem> all(CodeListVersion version) {
        return em.createNamedQuery(CodeListItem.ALL, CodeListItem.class).setParameter("version", version.getId())
                .getResultList().stream().collect(Collectors.toMap(CodeListItem::getCode, Function.identity(),
                        (a, b) -> a, TreeMap::new));
    }

    private CodeList list(String code) {
        return em.createNamedQuery(CodeList.BY_CODE, CodeList.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new LgspException(ErrorCode.CODE_LIST_NOT_FOUND, code));
    }

    private CodeListVersion version(CodeList list, int number) {
        return em.createNamedQuery(CodeListVersion.BY_NUMBER, CodeListVersion.class).setParameter("list", list)
                .setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new LgspException(ErrorCode.CODE_LIST_VERSION_NOT_FOUND, list.getCode(), number));
    }

    private CodeListVersion published(CodeList list, Integer number) {
        if (number == null) {
            return em.createNamedQuery(CodeListVersion.CURRENT, CodeListVersion.class).setParameter("list", list)
                    .setMaxResults(1).getResultStream().findFirst()
                    .orElseThrow(() -> new LgspException(ErrorCode.CODE_LIST_VERSION_NOT_FOUND, list.getCode(), "—"));
        }
        CodeListVersion version = version(list, number);
        if (version.getStatus() != CodeListVersion.Status.PUBLISHED) {
            throw new LgspException(ErrorCode.CODE_LIST_VERSION_NOT_FOUND, list.getCode(), number);
        }
        return version;
    }

    private static List<AttributeSpec> attributes(CodeList list) {
        return JSON.fromJson(list.getAttributeSchema(), ATTRIBUTE_LIST);
    }

    private ListView view(CodeList list) {
        List<VersionView> versions = em.createNamedQuery(CodeListVersion.OF_LIST, CodeListVersion.class)
                .setParameter("list", list).getResultList().stream().map(CodeLists::view).toList();
        Integer current = versions.stream().filter(v -> v.status() == CodeListVersion.Status.PUBLISHED)
                .map(VersionView::number).reduce((a, b) -> b).orElse(null);
        return new ListView(list.getCode(), list.getNameVi(), list.getNameEn(), list.getOwnerAgencyCode(),
                list.getLegalBasisNumber(), list.getLegalBasisDate(), attributes(list), current, versions);
    }

    private static VersionView view(CodeListVersion v) {
        return new VersionView(v.getNumber(), v.getStatus(), v.getEffectiveFrom(), v.getItemCount(), v.getPublishedAt(),
                v.getPublishedBy());
    }

    private static List<String> replacements(CodeListItem item) {
        try (var reader = JsonText.JSON.createReader(new StringReader(item.getReplacedBy()))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    static ItemView view(CodeListItem i) {
        JsonValue attributes;
        try (var reader = JsonText.JSON.createReader(new StringReader(i.getAttributes()))) {
            attributes = reader.readValue();
        }
        List<String> replacedBy = replacements(i);
        return new ItemView(i.getCode(), i.getName(), i.getParentCode(), attributes, i.getValidFrom(), i.getValidTo(),
                replacedBy, i.getValidTo() != null || !replacedBy.isEmpty());
    }
}
