// Vietnamese first, English on request; dates always in Vietnam's time zone (Asia/Ho_Chi_Minh).
import { ref } from './vue.js';

const KEPT = 'lgsp-console.language';
export const language = ref(sessionStorage.getItem(KEPT) === 'en' ? 'en' : 'vi');

export function setLanguage(code) {
  language.value = code;
  sessionStorage.setItem(KEPT, code);
  document.documentElement.lang = code;
}
document.documentElement.lang = language.value;

const ZONE = 'Asia/Ho_Chi_Minh';

/** An instant (ISO-8601) as Vietnam's wall-clock time, day first: 03/12/2026 19:05. */
export function dateTime(iso) {
  if (!iso) return '';
  const when = new Date(iso);
  if (isNaN(when)) return String(iso);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(when).map(p => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** A calendar date (ISO yyyy-mm-dd, no time zone) as dd/mm/yyyy. */
export function date(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(iso);
}

/** A wall-clock time in Vietnam (from a datetime-local field) as an ISO instant. */
export function vietnamInstant(local) {
  return local ? new Date(local + ':00+07:00').toISOString() : undefined;
}

export function number(n) {
  return n === null || n === undefined ? '' : new Intl.NumberFormat(language.value === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

const TEXTS = {
  'app.title': ['Bảng điều khiển LGSP Hải Phòng', 'LGSP Hải Phòng console'],
  'app.signingIn': ['Đang đăng nhập…', 'Signing in…'],
  'app.signInFailed': ['Không đăng nhập được: {0}', 'Could not sign in: {0}'],
  'app.signOut': ['Đăng xuất', 'Sign out'],
  'app.language': ['English', 'Tiếng Việt'],
  'app.skip': ['Bỏ qua đến nội dung', 'Skip to content'],
  'app.menu': ['Chức năng', 'Menu'],
  'app.notFound': ['Không có màn hình này.', 'No such screen.'],
  'role.lgsp-operator': ['Đơn vị vận hành', 'Operator'],
  'role.lgsp-authority': ['Cơ quan phê duyệt (Sở KH&CN)', 'Authority (Sở KH&CN)'],
  'role.agency-admin': ['Quản trị cơ quan {0}', 'Agency administrator, {0}'],
  'role.auditor': ['Thanh tra, kiểm tra (chỉ đọc)', 'Auditor (read-only)'],
  'nav.home': ['Việc chờ xử lý', 'Awaiting me'],
  'nav.agencies': ['Cơ quan, đơn vị', 'Agencies'],
  'nav.myAgency': ['Cơ quan của tôi', 'My agency'],
  'nav.systems': ['Hệ thống thông tin', 'Information systems'],
  'nav.services': ['Danh mục dịch vụ', 'Service catalog'],
  'nav.codeLists': ['Danh mục dùng chung', 'Shared code lists'],
  'nav.connectionRequests': ['Đề nghị kết nối', 'Connection requests'],
  'nav.securityLevels': ['Cấp độ an toàn', 'Security levels'],
  'nav.accessRequests': ['Đề nghị khai thác', 'Access requests'],
  'nav.orgChanges': ['Thay đổi tổ chức', 'Organisational changes'],
  'nav.exchanges': ['Nhật ký trao đổi', 'Exchange log'],
  'nav.audit': ['Nhật ký quản trị', 'Admin audit'],
  'nav.maintenance': ['Bảo trì dịch vụ', 'Maintenance windows'],
  'nav.status': ['Bảng trạng thái', 'Status board'],
  'nav.alerts': ['Cảnh báo', 'Alerts'],
  'nav.incidents': ['Sự cố', 'Incidents'],
  'nav.notifications': ['Thông báo', 'Notifications'],
  'error.title': ['Không thực hiện được', 'Not done'],
  'error.status': ['Máy chủ trả lời mã {0}.', 'The server answered {0}.'],
  'error.network': ['Không kết nối được tới máy chủ.', 'The server could not be reached.'],
  'list.loading': ['Đang tải…', 'Loading…'],
  'list.empty': ['Không có mục nào.', 'Nothing here.'],
  'list.total': ['{0} mục · trang {1}/{2}', '{0} items · page {1} of {2}'],
  'list.previous': ['Trang trước', 'Previous page'],
  'list.next': ['Trang sau', 'Next page'],
  'list.filter': ['Lọc', 'Filter'],
  'list.any': ['(tất cả)', '(any)'],
  'list.actions': ['Thao tác', 'Actions'],
  'form.submit': ['Gửi', 'Submit'],
  'form.cancel': ['Huỷ', 'Cancel'],
  'form.working': ['Đang xử lý…', 'Working…'],
  'form.done': ['Đã thực hiện.', 'Done.'],
  'form.listHint': ['Mỗi dòng một giá trị', 'One value per line'],
  'form.vietnamTime': ['giờ Việt Nam', 'Vietnam time'],
  'field.yes': ['Có', 'Yes'],
  'field.no': ['Không', 'No'],
  'home.title': ['Việc chờ xử lý', 'Awaiting me'],
  'home.nothing': ['Không có việc nào đang chờ.', 'Nothing is waiting.'],
  'home.toCheck': ['Đề nghị kết nối chờ kiểm tra hồ sơ', 'Connection requests to check'],
  'home.toDecideConnection': ['Đề nghị kết nối chờ phê duyệt', 'Connection requests to decide'],
  'home.overdueConnection': ['Đề nghị kết nối quá hạn', 'Overdue connection requests'],
  'home.mineConnection': ['Đề nghị kết nối của cơ quan đang xử lý', 'Our connection requests in progress'],
  'home.accessToAnswer': ['Đề nghị khai thác chờ trả lời', 'Access requests awaiting an answer'],
  'home.accessEscalated': ['Đề nghị khai thác quá hạn, chờ cơ quan phê duyệt', 'Overdue access requests for the authority'],
  'home.orgToDecide': ['Thay đổi tổ chức chờ phê duyệt', 'Organisational changes to decide'],
  'home.levelsToDecide': ['Cấp độ an toàn chờ thẩm định', 'Security levels to verify'],
  'home.alertsFiring': ['Cảnh báo đang phát', 'Alerts firing'],
  'home.incidentsOpen': ['Sự cố đang xử lý', 'Open incidents'],
  'home.open': ['Mở', 'Open'],
  'status.SUBMITTED': ['Đã nộp', 'Submitted'], 'status.CHECKED': ['Đã kiểm tra', 'Checked'],
  'status.APPROVED': ['Đã phê duyệt', 'Approved'], 'status.REFUSED': ['Bị từ chối', 'Refused'],
  'status.ESCALATED': ['Chuyển cơ quan phê duyệt', 'Escalated'], 'status.WITHDRAWN': ['Đã rút', 'Withdrawn'],
  'status.PROPOSED': ['Đề xuất', 'Proposed'], 'status.PENDING': ['Chờ thẩm định', 'Pending'],
  'status.NONE': ['Chưa khai báo', 'Not declared'], 'status.ACTIVE': ['Đang hoạt động', 'Active'],
  'status.RETIRED': ['Đã giải thể/thay thế', 'Retired'], 'status.DRAFT': ['Bản nháp', 'Draft'],
  'status.PUBLISHED': ['Đã công bố', 'Published'], 'status.DISABLED': ['Tạm ngừng', 'Disabled'],
  'status.CONNECTED': ['Đã kết nối', 'Connected'], 'status.NOT_CONNECTED': ['Chưa kết nối', 'Not connected'],
  'status.CANCELLED': ['Đã huỷ kết nối', 'Cancelled'],
  'status.CONSENTED': ['Bên cung cấp đã đồng ý', 'Provider consented'], 'status.DISSENTED': ['Bên cung cấp không đồng ý', 'Provider dissented'],
  'status.FILED': ['Cơ quan đã nộp', 'Filed by the agency'], 'status.RETURNED': ['Trả lại', 'Returned'], 'status.APPLIED': ['Đã áp dụng', 'Applied'],
  'status.SUSPENDED': ['Tạm dừng', 'Suspended'],
  'col.id': ['Số', 'No.'], 'col.code': ['Mã', 'Code'], 'col.name': ['Tên', 'Name'], 'col.status': ['Trạng thái', 'Status'],
  'col.system': ['Hệ thống', 'System'], 'col.kind': ['Loại', 'Kind'], 'col.submitted': ['Ngày nộp', 'Submitted'],
  'col.due': ['Hạn xử lý', 'Due'], 'col.overdue': ['QUÁ HẠN', 'OVERDUE'], 'col.parent': ['Trực thuộc', 'Parent'],
  'col.consumer': ['Bên khai thác', 'Consumer'], 'col.service': ['Dịch vụ', 'Service'], 'col.purpose': ['Mục đích', 'Purpose'],
  'col.agency': ['Cơ quan', 'Agency'], 'col.level': ['Cấp độ', 'Level'], 'col.security': ['An toàn thông tin', 'Security'],
  'col.connection': ['Kết nối', 'Connection'], 'col.title': ['Tên dịch vụ', 'Title'], 'col.version': ['Phiên bản', 'Version'],
  'col.protocol': ['Giao thức', 'Protocol'], 'col.effective': ['Hiệu lực', 'Effective'], 'col.decision': ['Quyết định', 'Decision'],
  'col.at': ['Thời điểm', 'At'], 'col.actor': ['Người thực hiện', 'Actor'], 'col.action': ['Hành động', 'Action'],
  'col.entity': ['Đối tượng', 'Entity'], 'col.client': ['Bên gọi', 'Client'], 'col.bytes': ['Byte (gửi/nhận)', 'Bytes (in/out)'],
  'col.severity': ['Mức độ', 'Severity'], 'col.subject': ['Đối tượng', 'Subject'], 'col.state': ['Trạng thái', 'State'],
  'col.detail': ['Chi tiết', 'Detail'], 'col.line': ['Dòng', 'Line'], 'col.column': ['Cột', 'Column'],
  'col.problem': ['Lỗi', 'Problem'], 'col.items': ['Số mục', 'Items'], 'col.owner': ['Cơ quan chủ quản', 'Owner'],
  'col.recipient': ['Người nhận', 'Recipient'], 'col.starts': ['Bắt đầu', 'Starts'], 'col.ends': ['Kết thúc', 'Ends'],
  'col.notice': ['Thông báo', 'Notice'], 'col.replacedBy': ['Thay bằng', 'Replaced by'], 'col.validity': ['Hiệu lực', 'Validity'],
  'col.title2': ['Tiêu đề', 'Title'],
  'agencies.search': ['Tìm theo tên hoặc mã (có hoặc không dấu)', 'Search by name or code (with or without diacritics)'],
  'agencies.resolve': ['Tra cứu mã', 'Resolve a code'],
  'agencies.resolveHint': ['Mã cũ (đã sáp nhập, chia tách) được chuyển về mã đang hoạt động', 'A retired code resolves to the active ones'],
  'agencies.resolution': ['Mã {0} ({1}) → đang hoạt động: {2}', 'Code {0} ({1}) → active: {2}'],
  'agencies.lineage': ['Kế thừa', 'Lineage'], 'agencies.successors': ['Cơ quan kế thừa', 'Successors'],
  'agencies.current': ['Mã đang hoạt động', 'Current codes'], 'agencies.contacts': ['Thư điện tử, điện thoại', 'E-mail, phone'],
  'agencies.editContacts': ['Sửa thông tin liên hệ', 'Edit contacts'],
  'agencies.email': ['Thư điện tử', 'E-mail'], 'agencies.phone': ['Điện thoại', 'Phone'],
  'systems.register': ['Khai báo hệ thống mới', 'Register a system'],
  'systems.declare': ['Khai báo cấp độ an toàn', 'Declare the security level'],
  'systems.approveLevel': ['Phê duyệt cấp độ', 'Approve the level'],
  'systems.refuseLevel': ['Từ chối cấp độ', 'Refuse the level'],
  'systems.connect': ['Đề nghị kết nối', 'Request connection'],
  'systems.cancel': ['Đề nghị huỷ kết nối', 'Request cancellation'],
  'systems.suspend': ['Tạm dừng', 'Suspend'], 'systems.resume': ['Hoạt động lại', 'Resume'],
  'f.agencyCode': ['Mã cơ quan', 'Agency code'], 'f.systemCode': ['Mã hệ thống', 'System code'],
  'f.name': ['Tên', 'Name'], 'f.purpose': ['Mục đích', 'Purpose'], 'f.dataKind': ['Loại dữ liệu', 'Data kind'],
  'f.baseUrls': ['Địa chỉ hệ thống', 'Base URLs'], 'f.contactName': ['Người liên hệ', 'Contact name'],
  'f.contactEmail': ['Thư điện tử liên hệ', 'Contact e-mail'], 'f.contactPhone': ['Điện thoại liên hệ', 'Contact phone'],
  'f.level': ['Cấp độ (1–5)', 'Level (1–5)'], 'f.decisionNumber': ['Số quyết định', 'Decision number'],
  'f.decisionDate': ['Ngày quyết định', 'Decision date'], 'f.approver': ['Người phê duyệt', 'Approver'],
  'f.documentRef': ['Số hồ sơ, văn bản', 'Document reference'], 'f.expectedVolume': ['Số lượt gọi dự kiến mỗi ngày', 'Expected calls a day'],
  'f.securityEvidence': ['Hồ sơ an toàn thông tin', 'Security evidence'], 'f.note': ['Ghi chú', 'Note'],
  'f.reason': ['Lý do', 'Reason'], 'f.consumer': ['Hệ thống khai thác', 'Consumer system'],
  'f.service': ['Dịch vụ (cơ quan/hệ thống/dịch vụ/phiên bản)', 'Service (agency/system/service/version)'],
  'f.operation': ['Thao tác (không bắt buộc)', 'Operation (optional)'], 'f.legalBasis': ['Căn cứ pháp lý', 'Legal basis'],
  'f.dataFields': ['Trường dữ liệu', 'Data fields'], 'f.frequency': ['Tần suất', 'Frequency'],
  'f.wantedUntil': ['Đến ngày', 'Until'], 'f.effectiveFrom': ['Ngày hiệu lực', 'Effective from'],
  'f.file': ['Tệp CSV', 'CSV file'], 'f.startsAt': ['Bắt đầu', 'Starts'], 'f.endsAt': ['Kết thúc', 'Ends'],
  'f.noticeVi': ['Thông báo (tiếng Việt)', 'Notice (Vietnamese)'], 'f.noticeEn': ['Thông báo (tiếng Anh)', 'Notice (English)'],
  'f.emergency': ['Khẩn cấp', 'Emergency'], 'f.emergencyReason': ['Lý do khẩn cấp', 'Emergency reason'],
  'f.officeHoursReason': ['Lý do bảo trì trong giờ hành chính', 'Reason for office hours'],
  'f.from': ['Từ', 'From'], 'f.to': ['Đến', 'To'], 'f.xroadId': ['Mã giao dịch (X-Road id)', 'X-Road id'],
  'f.q': ['Tìm kiếm', 'Search'], 'f.entityType': ['Loại đối tượng', 'Entity type'], 'f.entityKey': ['Mã đối tượng', 'Entity key'],
  'f.state': ['Trạng thái', 'State'], 'f.overdue': ['Chỉ quá hạn', 'Overdue only'],
  'conn.check': ['Đã kiểm tra hồ sơ', 'Mark checked'], 'conn.approve': ['Phê duyệt', 'Approve'], 'conn.refuse': ['Từ chối', 'Refuse'],
  'access.file': ['Gửi đề nghị khai thác', 'File an access request'], 'access.approve': ['Đồng ý', 'Approve'],
  'access.refuse': ['Từ chối', 'Refuse'], 'access.withdraw': ['Rút đề nghị', 'Withdraw'],
  'org.approve': ['Phê duyệt', 'Approve'], 'org.return': ['Trả lại hồ sơ', 'Return'],
  'org.submit': ['Trình Chủ tịch UBND', 'Submit to the Chairman'],
  'org.propose': ['Đề xuất thay đổi tổ chức', 'Propose an organisational change'],
  'org.decidedBy': ['Cấp quyết định', 'Decided by'], 'org.newName': ['Tên mới (đổi tên)', 'New name (rename)'],
  'org.newShortName': ['Tên viết tắt mới', 'New short name'], 'org.dutiesTo': ['Chuyển nhiệm vụ cho (giải thể)', 'Duties to (dissolution)'],
  'org.successorsHint': ['Cơ quan mới: mỗi dòng "mã | tên | loại"', 'New agencies: one "code | name | kind" per line'],
  'org.retires': ['Các mã sau sẽ ngừng hoạt động (vẫn tra cứu được): {0}', 'These codes will be retired (still resolvable): {0}'],
  'org.suggest': ['Gợi ý mã còn trống', 'Suggest the next free code'],
  'org.kind.RENAME': ['Đổi tên', 'Rename'], 'org.kind.MERGE': ['Hợp nhất, sáp nhập', 'Merge'], 'org.kind.SPLIT': ['Chia tách', 'Split'],
  'org.kind.DISSOLVE': ['Giải thể', 'Dissolve'], 'org.kind.REPARENT': ['Chuyển cơ quan chủ quản', 'Move under another parent'],
  'access.consent': ['Đồng ý cung cấp', 'Consent'], 'access.dissent': ['Không đồng ý', 'Dissent'], 'org.refuse': ['Từ chối', 'Refuse'],
  'org.predecessors': ['Cơ quan trước thay đổi', 'Predecessors'], 'org.effective': ['Ngày hiệu lực', 'Effective'],
  'secret.title': ['Bàn giao mật khẩu hệ thống', 'Client secret handover'],
  'secret.intro': ['Hệ thống {0} đã được kết nối. Mật khẩu (client secret) của hệ thống:', 'System {0} is connected. Its client secret:'],
  'secret.warning': ['Mật khẩu này sẽ không được hiển thị lại. Hãy sao chép và bàn giao ngay cho quản trị hệ thống qua kênh an toàn.', 'This secret will not be shown again. Copy it now and hand it to the system\'s administrator over a safe channel.'],
  'secret.copy': ['Sao chép', 'Copy'], 'secret.copied': ['Đã sao chép.', 'Copied.'],
  'secret.done': ['Tôi đã lưu mật khẩu', 'I have kept the secret'], 'secret.gone': ['Không còn mật khẩu nào để bàn giao: mật khẩu chỉ hiển thị một lần.', 'No secret to hand over: a secret is shown once only.'],
  'secret.clientId': ['Mã khách (client id)', 'Client id'],
  'services.search': ['Tìm dịch vụ (có hoặc không dấu)', 'Search services (with or without diacritics)'],
  'services.contract': ['Hợp đồng dịch vụ', 'Contract'], 'services.operations': ['Thao tác', 'Operations'],
  'services.availability': ['Tình trạng phục vụ', 'Availability'],
  'services.publish': ['Công bố', 'Publish'], 'services.disable': ['Tạm ngừng', 'Disable'], 'services.enable': ['Mở lại', 'Enable'],
  'services.retire': ['Ngừng hẳn', 'Retire'], 'services.document': ['Tài liệu', 'Document'],
  'codes.items': ['Các mục', 'Items'], 'codes.versions': ['Các phiên bản', 'Versions'], 'codes.changes': ['Thay đổi so với phiên bản trước', 'Changes from the previous version'],
  'codes.import': ['Nhập phiên bản mới', 'Import a new version'],
  'codes.importHint': ['CSV UTF-8, cột code,name,parent_code,valid_from,valid_to,replaced_by và các thuộc tính của danh mục. Tệp được kiểm tra toàn bộ; không có gì được lưu nếu còn lỗi.', 'CSV in UTF-8 with columns code,name,parent_code,valid_from,valid_to,replaced_by and the list\'s attributes. The file is checked whole; nothing is stored while there is an error.'],
  'codes.upload': ['Kiểm tra và tạo bản nháp', 'Check and create the draft'],
  'codes.errors': ['Tệp có {0} lỗi; chưa có gì được lưu.', 'The file has {0} errors; nothing was stored.'],
  'codes.draft': ['Bản nháp phiên bản {0}: {1} mục, hiệu lực từ {2}', 'Draft version {0}: {1} items, effective from {2}'],
  'codes.publish': ['Công bố phiên bản', 'Publish the version'], 'codes.published': ['Đã công bố phiên bản {0}.', 'Version {0} published.'],
  'codes.discard': ['Bỏ bản nháp', 'Discard the draft'],
  'codes.discardHint': ['Bản nháp không được dùng cho tới khi công bố; bỏ bản nháp là xoá nó (được ghi vết), lần nhập sau tạo bản nháp mới.', 'A draft is not used until published; discarding deletes it (audited), and the next import makes a new one.'],
  'codes.preview': ['Xem trước bản nháp', 'Draft preview'], 'codes.diff': ['Khác biệt với phiên bản hiện hành', 'Differences from the current version'],
  'codes.added': ['Thêm', 'Added'], 'codes.removed': ['Bỏ', 'Removed'], 'codes.renamed': ['Đổi tên', 'Renamed'], 'codes.replaced': ['Thay thế', 'Replaced'],
  'exchanges.verify': ['Kiểm tra chuỗi băm', 'Verify the hash chains'],
  'exchanges.intact': ['Toàn vẹn: {0} bản ghi, các nút {1}.', 'Intact: {0} records, nodes {1}.'],
  'exchanges.broken': ['PHÁT HIỆN SAI LỆCH: {0}', 'TAMPERING FOUND: {0}'],
  'maint.plan': ['Lên lịch bảo trì', 'Plan a window'], 'maint.cancel': ['Huỷ lịch', 'Cancel the window'],
  'maint.pick': ['Chọn dịch vụ để xem và lên lịch bảo trì', 'Pick a service to see and plan its windows'],
  'maint.calendar': ['Lịch bảo trì', 'Calendar'], 'maint.suspended': ['Đang tạm dừng từ {0}: {1}', 'Suspended since {0}: {1}'],
  'status.board': ['Trạng thái các dịch vụ (cập nhật {0})', 'Services (as of {0})'],
  'alerts.ack': ['Xác nhận', 'Acknowledge'],
  'incidents.log': ['Diễn biến', 'Log'], 'incidents.note': ['Thêm ghi chú', 'Add a note'], 'incidents.step': ['Chuyển trạng thái', 'Move to'],
  'incidents.to': ['Trạng thái mới', 'New state'], 'incidents.backupRef': ['Bản sao lưu', 'Backup reference'],
  'incidents.affected': ['Ảnh hưởng', 'Affected'],
  'forbidden.note': ['Chức năng này không dành cho vai trò của bạn; máy chủ sẽ từ chối nếu thực hiện.', 'This is not for your role; the server refuses it.'],
};

/** The text of a key in the chosen language, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const pair = TEXTS[key];
  const text = pair ? pair[language.value === 'en' ? 1 : 0] : key;
  return text.replace(/\{(\d)\}/g, (_, i) => (args[i] ?? ''));
}
