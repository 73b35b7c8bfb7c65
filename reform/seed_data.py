"""Reference data `setup_site` loads: editable afterwards in the admin, never relied on by code.

Sources: DOMAIN.md (the six areas of Nghị quyết 76/NQ-CP, document types of NĐ 30/2020)
and the 2023 organisation named in the seed plan.
"""

from .enums import DocumentFamily, IssuingLevel

AGENCY = {
    "name": "Sở Tài chính tỉnh Bình Định",
    "name_en": "Department of Finance of Binh Dinh Province",
    "parent_body": "Ủy ban nhân dân tỉnh Bình Định",
    "parent_body_en": "Binh Dinh Provincial People's Committee",
    "abbreviation": "STC",
    "address": "Số 2 Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định",
    "address_en": "2 Tran Phu Street, Quy Nhon City, Binh Dinh Province",
    "phone": "0256 3822 531",
    "email": "stc@binhdinh.gov.vn",
    "person_responsible": "Nguyễn Thị Tuyết Mai",
    "person_responsible_title": "Phó Giám đốc Sở Tài chính",
    "person_responsible_title_en": "Deputy Director, Department of Finance",
    "licence": "Dữ liệu mẫu: địa chỉ, điện thoại và thư điện tử cần được Văn phòng Sở xác nhận.",
    "licence_en": "Sample data: address, phone and e-mail to be confirmed by the Department Office.",
}

# (slug, Vietnamese name, English name, abbreviation, description)
DIVISIONS = [
    (
        "van-phong",
        "Văn phòng Sở",
        "Department Office",
        "VP",
        "Chủ trì thực hiện kế hoạch truyền thông CCHC; theo dõi, kiểm tra, tổng hợp báo cáo định kỳ.",
    ),
    ("thanh-tra", "Thanh tra Sở", "Inspectorate", "TTr", "Thanh tra, kiểm tra việc chấp hành pháp luật về tài chính."),
    (
        "quan-ly-ngan-sach",
        "Phòng Quản lý ngân sách",
        "Budget Management Division",
        "QLNS",
        "Tham mưu lập, chấp hành và quyết toán ngân sách địa phương.",
    ),
    (
        "tai-chinh-dau-tu",
        "Phòng Tài chính đầu tư",
        "Investment Finance Division",
        "TCĐT",
        "Quản lý tài chính đối với vốn đầu tư công.",
    ),
    (
        "tai-chinh-hcsn",
        "Phòng Tài chính hành chính sự nghiệp",
        "Administrative and Public Service Finance Division",
        "HCSN",
        "Quản lý tài chính các cơ quan hành chính, đơn vị sự nghiệp công lập.",
    ),
    (
        "quan-ly-gia-cong-san",
        "Phòng Quản lý giá và công sản",
        "Price and Public Asset Management Division",
        "GCS",
        "Quản lý nhà nước về giá và tài sản công.",
    ),
    (
        "tai-chinh-doanh-nghiep-tin-hoc",
        "Phòng Tài chính doanh nghiệp - Tin học",
        "Enterprise Finance and Information Technology Division",
        "TCDN-TH",
        "Chủ trì đăng tin, bài về công tác CCHC trên Cổng thông tin điện tử của Sở.",
    ),
]

# (number, slug, Vietnamese name, English name)
REFORM_AREAS = [
    (1, "cai-cach-the-che", "Cải cách thể chế", "Institutional reform"),
    (2, "cai-cach-thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính", "Administrative procedure reform"),
    (
        3,
        "cai-cach-to-chuc-bo-may",
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Reform of the state administrative apparatus",
    ),
    (4, "cai-cach-che-do-cong-vu", "Cải cách chế độ công vụ", "Civil service reform"),
    (5, "cai-cach-tai-chinh-cong", "Cải cách tài chính công", "Public finance reform"),
    (
        6,
        "chinh-phu-dien-tu-chinh-phu-so",
        "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
        "E-government and digital government",
    ),
]

# (slug, Vietnamese name, English name, abbreviation, family)
A, L, P = DocumentFamily.ADMINISTRATIVE, DocumentFamily.LEGAL, DocumentFamily.PARTY
DOCUMENT_TYPES = [
    ("nghi-quyet", "Nghị quyết", "Resolution", "NQ", A),
    ("quyet-dinh", "Quyết định", "Decision", "QĐ", A),
    ("chi-thi", "Chỉ thị", "Directive", "CT", A),
    ("quy-che", "Quy chế", "Regulation", "QC", A),
    ("quy-dinh", "Quy định", "Rule", "QyĐ", A),
    ("thong-cao", "Thông cáo", "Communiqué", "TC", A),
    ("thong-bao", "Thông báo", "Notice", "TB", A),
    ("huong-dan", "Hướng dẫn", "Guidance", "HD", A),
    ("chuong-trinh", "Chương trình", "Programme", "CTr", A),
    ("ke-hoach", "Kế hoạch", "Plan", "KH", A),
    ("phuong-an", "Phương án", "Scheme", "PA", A),
    ("de-an", "Đề án", "Project proposal", "ĐA", A),
    ("du-an", "Dự án", "Project", "DA", A),
    ("bao-cao", "Báo cáo", "Report", "BC", A),
    ("bien-ban", "Biên bản", "Minutes", "BB", A),
    ("to-trinh", "Tờ trình", "Submission", "TTr", A),
    ("hop-dong", "Hợp đồng", "Contract", "HĐ", A),
    ("cong-dien", "Công điện", "Official telegram", "CĐ", A),
    ("ban-ghi-nho", "Bản ghi nhớ", "Memorandum", "BGN", A),
    ("ban-thoa-thuan", "Bản thỏa thuận", "Agreement", "BTT", A),
    ("giay-uy-quyen", "Giấy ủy quyền", "Power of attorney", "GUQ", A),
    ("giay-moi", "Giấy mời", "Invitation", "GM", A),
    ("giay-gioi-thieu", "Giấy giới thiệu", "Letter of introduction", "GGT", A),
    ("giay-nghi-phep", "Giấy nghỉ phép", "Leave permit", "GNP", A),
    ("phieu-gui", "Phiếu gửi", "Dispatch slip", "PG", A),
    ("phieu-chuyen", "Phiếu chuyển", "Transfer slip", "PC", A),
    ("phieu-bao", "Phiếu báo", "Notification slip", "PB", A),
    ("cong-van", "Công văn", "Official letter", "", A),
    ("luat", "Luật", "Law", "", L),
    ("nghi-dinh", "Nghị định", "Decree", "NĐ", L),
    ("thong-tu", "Thông tư", "Circular", "TT", L),
    ("thong-tu-lien-tich", "Thông tư liên tịch", "Joint circular", "TTLT", L),
    ("nghi-quyet-dang", "Nghị quyết (Đảng)", "Resolution (Party)", "NQ", P),
    ("chuong-trinh-hanh-dong-dang", "Chương trình hành động (Đảng)", "Action programme (Party)", "CTr", P),
    ("ket-luan-dang", "Kết luận (Đảng)", "Conclusion (Party)", "KL", P),
    ("quy-dinh-dang", "Quy định (Đảng)", "Rule (Party)", "QĐi", P),
    ("huong-dan-dang", "Hướng dẫn (Đảng)", "Guidance (Party)", "HD", P),
    ("thong-tri-dang", "Thông tri (Đảng)", "Circular (Party)", "TT", P),
    ("cong-van-dang", "Công văn (Đảng)", "Official letter (Party)", "CV", P),
]

# (slug, Vietnamese name, English name, abbreviation in document numbers, level)
C, PR, D = IssuingLevel.CENTRAL, IssuingLevel.PROVINCE, IssuingLevel.DEPARTMENT
ISSUING_BODIES = [
    ("ban-chap-hanh-trung-uong", "Ban Chấp hành Trung ương Đảng", "Party Central Committee", "TW", C),
    ("quoc-hoi", "Quốc hội", "National Assembly", "QH", C),
    ("chinh-phu", "Chính phủ", "Government", "CP", C),
    ("thu-tuong-chinh-phu", "Thủ tướng Chính phủ", "Prime Minister", "TTg", C),
    ("bo-noi-vu", "Bộ Nội vụ", "Ministry of Home Affairs", "BNV", C),
    ("bo-tai-chinh", "Bộ Tài chính", "Ministry of Finance", "BTC", C),
    (
        "bo-thong-tin-va-truyen-thong",
        "Bộ Thông tin và Truyền thông",
        "Ministry of Information and Communications",
        "BTTTT",
        C,
    ),
    ("tinh-uy-binh-dinh", "Tỉnh ủy Bình Định", "Binh Dinh Provincial Party Committee", "TU", PR),
    ("ubnd-tinh-binh-dinh", "Ủy ban nhân dân tỉnh Bình Định", "Binh Dinh Provincial People's Committee", "UBND", PR),
    ("hdnd-tinh-binh-dinh", "Hội đồng nhân dân tỉnh Bình Định", "Binh Dinh Provincial People's Council", "HĐND", PR),
    ("so-noi-vu-binh-dinh", "Sở Nội vụ tỉnh Bình Định", "Binh Dinh Department of Home Affairs", "SNV", D),
    ("so-tai-chinh-binh-dinh", "Sở Tài chính tỉnh Bình Định", "Binh Dinh Department of Finance", "STC", D),
]
