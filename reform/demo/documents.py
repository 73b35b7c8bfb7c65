"""The documents the 2023 communication plan cites, for the demo's library. Pure data.

Source: shared/seed/ke-hoach-truyen-thong-cchc-2023.txt (numbers, dates, issuing bodies, trích yếu
and the relations the plan states) and DOMAIN.md (the six areas). Nothing is added that the seed
does not say: no signer except the plan's own, no effective dates (these documents take effect
when signed), no source links. The plan itself carries no number or date in the seed, so its
number and date here are sample data, and its note says so on the page.

Fields: number, type (DocumentType slug), body (IssuingBody slug), issued_on (ISO), excerpt,
areas (numbers), place (for the drawn PDF), relations [(kind, number)], and optionally signer,
signer_title, note, text (paragraphs for the PDF).
"""

ALL_AREAS = [1, 2, 3, 4, 5, 6]

DOCUMENTS = [
    {
        "number": "27-NQ/TW",
        "type": "nghi-quyet-dang",
        "body": "ban-chap-hanh-trung-uong",
        "issued_on": "2022-11-09",
        "excerpt": (
            "Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới"
        ),
        "areas": [1],
        "place": "Hà Nội",
        "note": "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.",
        "relations": [],
        "text": [
            "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng và "
            "hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới.",
        ],
    },
    {
        "number": "76/NQ-CP",
        "type": "nghi-quyet",
        "body": "chinh-phu",
        "issued_on": "2021-07-15",
        "excerpt": "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
        "areas": ALL_AREAS,
        "place": "Hà Nội",
        "relations": [],
        "text": [
            "Nghị quyết của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn "
            "2021 - 2030, gồm sáu nội dung: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ "
            "máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển "
            "Chính phủ điện tử, Chính phủ số.",
        ],
    },
    {
        "number": "09-CTr/TU",
        "type": "chuong-trinh-hanh-dong-dang",
        "body": "tinh-uy-binh-dinh",
        "issued_on": "2021-05-14",
        "excerpt": (
            "Thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh, Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII về cải "
            "cách hành chính, trọng tâm là tiếp tục đẩy mạnh cải cách thủ tục hành chính, giai đoạn 2020 - 2025"
        ),
        "areas": [2],
        "place": "Bình Định",
        "relations": [],
        "text": [
            "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh, Nghị quyết Đại hội "
            "Đảng toàn quốc lần thứ XIII về cải cách hành chính, trọng tâm là tiếp tục đẩy mạnh cải cách thủ tục "
            "hành chính, giai đoạn 2020 - 2025.",
        ],
    },
    {
        "number": "3809/QĐ-UBND",
        "type": "quyet-dinh",
        "body": "ubnd-tinh-binh-dinh",
        "issued_on": "2021-09-14",
        "excerpt": (
            "Ban hành Kế hoạch thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Chương trình hành "
            "động số 09-CTr/TU ngày 14/5/2021 của Tỉnh ủy"
        ),
        "areas": ALL_AREAS,
        "place": "Bình Định",
        "relations": [("implements", "76/NQ-CP"), ("implements", "09-CTr/TU")],
        "text": [
            "Quyết định của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 76/NQ-CP ngày "
            "15/7/2021 của Chính phủ và Chương trình hành động số 09-CTr/TU ngày 14/5/2021 của Tỉnh ủy.",
        ],
    },
    {
        "number": "5299/QĐ-UBND",
        "type": "quyet-dinh",
        "body": "ubnd-tinh-binh-dinh",
        "issued_on": "2021-12-30",
        "excerpt": (
            "Ban hành Đề án “Phát huy vai trò của đoàn viên, thanh niên trong việc thực hiện Dịch vụ công trực "
            "tuyến mức độ 3, mức độ 4 giai đoạn 2022 – 2027”"
        ),
        "areas": [2, 6],
        "place": "Bình Định",
        "relations": [],
        "text": [
            "Quyết định của Ủy ban nhân dân tỉnh ban hành kèm theo Đề án “Phát huy vai trò của đoàn viên, thanh "
            "niên trong việc thực hiện Dịch vụ công trực tuyến mức độ 3, mức độ 4 giai đoạn 2022 – 2027”.",
        ],
    },
    {
        "number": "4567/QĐ-UBND",
        "type": "quyet-dinh",
        "body": "ubnd-tinh-binh-dinh",
        "issued_on": "2022-12-30",
        "excerpt": (
            "Ban hành Đề án “Đổi mới và nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ "
            "tục hành chính trên địa bàn tỉnh Bình Định”"
        ),
        "areas": [2],
        "place": "Bình Định",
        "relations": [],
        "text": [
            "Quyết định của Ủy ban nhân dân tỉnh ban hành kèm theo Đề án “Đổi mới và nâng cao chất lượng phục vụ "
            "người dân, doanh nghiệp trong giải quyết thủ tục hành chính trên địa bàn tỉnh Bình Định”.",
        ],
    },
    {
        "number": "828/QĐ-UBND",
        "type": "quyet-dinh",
        "body": "ubnd-tinh-binh-dinh",
        "issued_on": "2023-03-19",
        "excerpt": (
            "Về việc ban hành Kế hoạch truyền thông về công tác cải cách hành chính nhà nước trên địa bàn tỉnh "
            "Bình Định năm 2023"
        ),
        "areas": ALL_AREAS,
        "place": "Bình Định",
        "relations": [],
        "text": [
            "Quyết định của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch truyền thông về công tác cải cách "
            "hành chính nhà nước trên địa bàn tỉnh Bình Định năm 2023.",
        ],
    },
    {
        "number": "01/KH-STC",
        "type": "ke-hoach",
        "body": "so-tai-chinh-binh-dinh",
        "issued_on": "2023-03-31",
        "excerpt": "Truyền thông về cải cách hành chính năm 2023",
        "areas": ALL_AREAS,
        "place": "Bình Định",
        "signer": "Nguyễn Thị Tuyết Mai",
        "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "note": (
            "Số ký hiệu và ngày ban hành là dữ liệu mẫu: bản kế hoạch trong tài liệu nguồn không ghi số và ngày. "
            "Nội dung kế hoạch xem tại trang Kế hoạch truyền thông CCHC năm 2023 của chuyên mục."
        ),
        "relations": [
            ("implements", "828/QĐ-UBND"),
            ("refers", "27-NQ/TW"),
            ("refers", "76/NQ-CP"),
            ("refers", "09-CTr/TU"),
            ("refers", "3809/QĐ-UBND"),
            ("refers", "4567/QĐ-UBND"),
            ("refers", "5299/QĐ-UBND"),
        ],
        "text": [
            "Thực hiện Quyết định số 828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh về việc ban hành Kế hoạch truyền "
            "thông về công tác cải cách hành chính nhà nước trên địa bàn tỉnh Bình Định năm 2023, Sở Tài chính "
            "xây dựng Kế hoạch truyền thông về cải cách hành chính nhà nước năm 2023 của Sở như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU. Cung cấp thông tin, tuyên truyền, phổ biến tới công chức và người lao động về "
            "công tác cải cách hành chính của Trung ương và của tỉnh; nâng cao nhận thức, trách nhiệm của công "
            "chức và người lao động trong quá trình thực thi công vụ, giải quyết thủ tục hành chính, cung cấp dịch "
            "vụ công đối với người dân, tổ chức, doanh nghiệp.",
            "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN. Phổ biến, tuyên truyền các văn bản của Trung ương và của tỉnh "
            "về công tác cải cách hành chính; tuyên truyền miệng thông qua các buổi học Nghị quyết, họp giao ban, "
            "họp chi bộ, họp Đoàn thanh niên hàng tháng; đăng tải các văn bản trên Cổng thông tin điện tử của Sở; "
            "tổ chức các buổi tọa đàm; xây dựng chuyên mục về cải cách hành chính.",
            "III. KINH PHÍ THỰC HIỆN. Kinh phí tuyên truyền về cải cách hành chính được sử dụng từ ngân sách nhà "
            "nước cấp cho cơ quan.",
            "IV. TỔ CHỨC THỰC HIỆN. Các phòng thuộc Sở có trách nhiệm tuyên truyền, phổ biến; giao phòng Tài chính "
            "doanh nghiệp - Tin học chủ trì đăng tin bài trên Cổng thông tin điện tử của Sở; giao Văn phòng Sở chủ "
            "trì, theo dõi, kiểm tra và tổng hợp báo cáo định kỳ hàng quý, 6 tháng, một năm.",
        ],
    },
]

# Names as they stand in a document's header (the issuing body in capitals, its parent above it).
HEADERS = {
    "ban-chap-hanh-trung-uong": ("", "Ban Chấp hành Trung ương"),
    "chinh-phu": ("", "Chính phủ"),
    "tinh-uy-binh-dinh": ("Đảng bộ tỉnh Bình Định", "Tỉnh ủy"),
    "ubnd-tinh-binh-dinh": ("", "Ủy ban nhân dân tỉnh Bình Định"),
    "so-tai-chinh-binh-dinh": ("UBND tỉnh Bình Định", "Sở Tài chính"),
}
