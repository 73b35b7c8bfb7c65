"""Demo content for the administrative-reform (CCHC) column of Sở Tài chính tỉnh Bình Định.

Pure data, standard library only; `reform.demo.loader` turns it into pages.

Source: the department's 2023 communication plan on administrative reform
(shared/seed/ke-hoach-truyen-thong-cchc-2023.txt) and the facts in DOMAIN.md. The articles are
illustrative news items about the activities the plan names; they invent no figures and no names
of real people other than the plan's signer. Index values are only those DOMAIN.md gives as
published (PAR INDEX 2022, SIPAS 2022, PCI 2022). Alt texts describe the abstract pictures that
reform.demo.images draws (outlined circles and bars on a gradient); update them if the drawing changes.

Article fields: slug, title, date (ISO), division (slug from seed_data.DIVISIONS), areas (numbers
from seed_data.REFORM_AREAS), lead, author_line, tags, image (key of a generated illustration or
None), image_alt, body, and optionally "en" with title, lead and body.

Body blocks are (type, value) tuples:
  ("paragraph", html)            html uses only <p>, <b>, <i>, <ul>, <ol>, <li>
  ("heading", {"text", "level"})
  ("quote", {"text", "attribution"})
  ("callout", {"kind": "info" | "note" | "warning", "title", "text"})
  ("table", {"caption", "first_row_is_table_header", "first_col_is_header", "data"})
"""

ARTICLES = [
    {
        "slug": "cong-khai-du-toan-ngan-sach-dia-phuong-nam-2023",
        "title": "Công khai dự toán ngân sách địa phương năm 2023 trên Cổng thông tin điện tử",
        "date": "2023-01-12",
        "division": "quan-ly-ngan-sach",
        "areas": [5, 1],
        "lead": (
            "Dự toán ngân sách địa phương năm 2023 đã được Hội đồng nhân dân tỉnh quyết định được "
            "công khai trên Cổng thông tin điện tử của Sở Tài chính theo quy định của Luật Ngân sách "
            "nhà nước."
        ),
        "author_line": "Phòng Quản lý ngân sách",
        "tags": ["ngân sách", "công khai", "tài chính công"],
        "image": "ngan-sach",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề tài chính công: các vòng tròn và cột biểu đồ màu cam nhạt trên nền nâu"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Công khai ngân sách là một yêu cầu của Luật Ngân sách nhà nước năm 2015 và là một "
                    "nội dung của cải cách tài chính công, giúp người dân, tổ chức theo dõi việc phân bổ, sử "
                    "dụng ngân sách. Việc công khai được thực hiện theo hướng dẫn tại Thông tư số "
                    "343/2016/TT-BTC của Bộ Tài chính.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Nội dung và hình thức công khai",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Nội dung", "Hình thức công khai"],
                        [
                            "Dự toán ngân sách địa phương năm 2023 đã được Hội đồng nhân dân tỉnh quyết định",
                            "Đăng trên Cổng thông tin điện tử của Sở, kèm các biểu mẫu",
                        ],
                        [
                            "Tình hình thực hiện dự toán ngân sách theo quý, 6 tháng, năm",
                            "Đăng định kỳ trên Cổng thông tin điện tử của Sở",
                        ],
                        [
                            "Quyết toán ngân sách địa phương",
                            "Đăng sau khi được Hội đồng nhân dân tỉnh phê chuẩn",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Số liệu chi tiết được trình bày trong các biểu mẫu đính kèm văn bản công khai. Người "
                    "dùng có thể tìm theo năm ngân sách hoặc theo từ khóa “công khai ngân sách” trên Cổng "
                    "thông tin điện tử của Sở.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Liên hệ",
                    "text": (
                        "<p>Ý kiến về nội dung công khai ngân sách xin gửi Phòng Quản lý ngân sách qua địa chỉ "
                        "thư điện tử của Sở.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "trien-khai-de-an-nang-cao-chat-luong-phuc-vu-trong-giai-quyet-tthc",
        "title": (
            "Triển khai Đề án đổi mới và nâng cao chất lượng phục vụ người dân, doanh nghiệp trong "
            "giải quyết thủ tục hành chính"
        ),
        "date": "2023-02-15",
        "division": "van-phong",
        "areas": [2, 4],
        "lead": (
            "Sở Tài chính triển khai Đề án “Đổi mới và nâng cao chất lượng phục vụ người dân, doanh "
            "nghiệp trong giải quyết thủ tục hành chính trên địa bàn tỉnh Bình Định” ban hành kèm "
            "theo Quyết định số 4567/QĐ-UBND ngày 30/12/2022 của UBND tỉnh."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["TTHC", "một cửa", "CCHC"],
        "image": "mot-cua",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề một cửa, thủ tục hành chính: các vòng tròn và cột biểu "
            "đồ màu vàng nhạt trên nền xanh lục đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Đề án ban hành kèm theo Quyết định số 4567/QĐ-UBND ngày 30/12/2022 của UBND tỉnh "
                    "hướng đến việc lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục "
                    "vụ của cơ quan hành chính nhà nước. Sở Tài chính đã phổ biến Đề án đến các phòng và xác "
                    "định các việc cần làm ngay trong năm 2023.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Những việc Sở tập trung thực hiện",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Rà soát, cập nhật đầy đủ, chính xác các thủ tục hành chính thuộc thẩm quyền "
                    "giải quyết của Sở trên Cổng Dịch vụ công và tại Bộ phận Một cửa;</li><li>Giải quyết hồ "
                    "sơ đúng quy trình nội bộ, đúng thời hạn; hạn chế tối đa yêu cầu bổ sung hồ "
                    "sơ;</li><li>Nâng cao tinh thần, thái độ phục vụ của công chức được giao tiếp nhận, giải "
                    "quyết hồ sơ;</li><li>Tiếp nhận, xử lý kịp thời phản ánh, kiến nghị của người dân, doanh "
                    "nghiệp.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Không yêu cầu giấy tờ ngoài quy định",
                    "text": (
                        "<p>Công chức tiếp nhận hồ sơ chỉ yêu cầu các thành phần hồ sơ đã được công bố trong bộ "
                        "thủ tục hành chính; không tự đặt thêm giấy tờ, thủ tục ngoài quy định.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Nội dung Đề án tiếp tục được tuyên truyền trong các buổi giao ban, họp chi bộ, họp "
                    "Đoàn thanh niên và trên chuyên mục cải cách hành chính của Cổng thông tin điện tử "
                    "Sở.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "so-tai-chinh-ban-hanh-ke-hoach-truyen-thong-cchc-nam-2023",
        "title": "Sở Tài chính ban hành Kế hoạch truyền thông về cải cách hành chính năm 2023",
        "date": "2023-04-10",
        "division": "van-phong",
        "areas": [2, 4],
        "lead": (
            "Thực hiện Quyết định số 828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh, Sở Tài chính ban hành "
            "Kế hoạch truyền thông về cải cách hành chính năm 2023, xác định rõ nội dung, hình thức "
            "tuyên truyền và trách nhiệm của từng phòng thuộc Sở."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["CCHC", "kế hoạch", "truyền thông"],
        "image": "hop",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề họp, giao ban: các vòng tròn và cột biểu đồ màu vàng trên nền đỏ sẫm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kế hoạch do Phó Giám đốc Sở Nguyễn Thị Tuyết Mai ký, được xây dựng trên cơ sở Quyết "
                    "định số 828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh về việc ban hành Kế hoạch truyền thông "
                    "về công tác cải cách hành chính nhà nước trên địa bàn tỉnh Bình Định năm 2023. Mục đích "
                    "của Kế hoạch là cung cấp thông tin, tuyên truyền, phổ biến tới công chức và người lao "
                    "động về công tác cải cách hành chính của Trung ương và của tỉnh; nâng cao nhận thức, "
                    "trách nhiệm trong thực thi công vụ, giải quyết thủ tục hành chính, cung cấp dịch vụ "
                    "công đối với người dân, tổ chức, doanh nghiệp.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Nội dung và hình thức tuyên truyền",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Nội dung tuyên truyền tập trung vào các văn bản của Trung ương và của tỉnh về cải "
                    "cách hành chính, trong đó có Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành "
                    "Trung ương Đảng, Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Chương trình hành "
                    "động số 09-CTr/TU ngày 14/5/2021 của Tỉnh ủy và Quyết định số 3809/QĐ-UBND ngày "
                    "14/9/2021 của UBND tỉnh. Các hình thức tuyên truyền gồm:</p><ul><li>tuyên truyền miệng "
                    "qua các buổi học Nghị quyết, họp giao ban, họp chi bộ, họp Đoàn thanh niên hằng "
                    "tháng;</li><li>đăng tải văn bản về cải cách hành chính trên Cổng thông tin điện tử của "
                    "Sở;</li><li>tổ chức tọa đàm về công tác cải cách hành chính của tỉnh và của "
                    "Sở;</li><li>củng cố chuyên mục cải cách hành chính, phối hợp với Đài Phát thanh và "
                    "Truyền hình Bình Định, Báo Bình Định đưa tin, bài.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Nội dung thông tin, tuyên truyền bám sát chỉ đạo của Chính phủ, các cơ quan Trung ương, "
                        "các Chương trình, Kế hoạch của tỉnh về cải cách hành chính, lồng ghép với các nội dung "
                        "tuyên truyền, phổ biến các chủ trương, chính sách của Đảng, pháp luật của nhà nước."
                    ),
                    "attribution": "Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở Tài chính",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Phân công thực hiện",
                    "text": (
                        "<p>Các phòng thuộc Sở tuyên truyền, phổ biến trong phòng mình; Phòng Tài chính doanh "
                        "nghiệp - Tin học chủ trì đăng tin, bài trên Cổng thông tin điện tử của Sở; Văn phòng Sở "
                        "chủ trì thực hiện Kế hoạch, theo dõi, kiểm tra và tổng hợp báo cáo định kỳ hằng quý, 6 "
                        "tháng, một năm. Kinh phí thực hiện được sử dụng từ ngân sách nhà nước cấp cho cơ "
                        "quan.</p>"
                    ),
                },
            ),
        ],
        "en": {
            "title": "Department of Finance issues its 2023 communication plan on administrative reform",
            "lead": (
                "Implementing Decision No. 828/QĐ-UBND of 19 March 2023 of the Provincial People's "
                "Committee, the Department of Finance has issued its 2023 communication plan on "
                "administrative reform, setting out what is to be communicated, how, and which division "
                "is responsible."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The plan, signed by Deputy Director Nguyễn Thị Tuyết Mai, is based on Decision No. "
                        "828/QĐ-UBND of 19 March 2023 of the Provincial People's Committee issuing the 2023 "
                        "communication plan on state administrative reform in Binh Dinh province. It aims to "
                        "inform civil servants and employees about the administrative reform work of the central "
                        "government and the province, and to raise their awareness and sense of responsibility "
                        "when performing public duties, handling administrative procedures and providing public "
                        "services to citizens, organisations and businesses.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What is communicated, and how",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Communication focuses on central and provincial documents on administrative reform, "
                        "including Resolution No. 27-NQ/TW of 9 November 2022 of the Party Central Committee, "
                        "Government Resolution No. 76/NQ-CP of 15 July 2021, Action Programme No. 09-CTr/TU of "
                        "14 May 2021 of the Provincial Party Committee and Decision No. 3809/QĐ-UBND of 14 "
                        "September 2021 of the Provincial People's Committee. The forms of communication "
                        "are:</p><ul><li>oral briefings at resolution-study sessions, weekly staff briefings and "
                        "monthly party-cell and youth-union meetings;</li><li>posting reform documents on the "
                        "Department's web portal;</li><li>seminars on the administrative reform work of the "
                        "province and of the Department;</li><li>strengthening the administrative reform column "
                        "and working with Binh Dinh Radio and Television and Binh Dinh Newspaper on news and "
                        "articles.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Information and communication content closely follows the direction of the "
                            "Government, central agencies and the province's programmes and plans on "
                            "administrative reform, and is combined with communicating the policies of the Party "
                            "and the laws of the State."
                        ),
                        "attribution": "Department of Finance, 2023 communication plan on administrative reform",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Who does what",
                        "text": (
                            "<p>Each division communicates within its own staff; the Enterprise Finance and "
                            "Information Technology Division leads posting news and articles on the Department's "
                            "portal; the Department Office leads the plan, monitors and checks its "
                            "implementation and compiles the quarterly, six-month and annual reports. The plan "
                            "is funded from the state budget allocated to the Department.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "long-ghep-tuyen-truyen-cchc-trong-hoc-tap-nghi-quyet-27-nq-tw",
        "title": ("Lồng ghép tuyên truyền cải cách hành chính trong buổi học tập, quán triệt Nghị quyết số 27-NQ/TW"),
        "date": "2023-04-21",
        "division": "van-phong",
        "areas": [1, 3],
        "lead": (
            "Tại buổi học tập, quán triệt Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện "
            "Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới, cán bộ, công chức Sở "
            "Tài chính được phổ biến thêm các nội dung trọng tâm của Chương trình tổng thể cải cách "
            "hành chính nhà nước giai đoạn 2021 - 2030."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["CCHC", "Nghị quyết 27-NQ/TW", "học tập Nghị quyết"],
        "image": "tap-huan",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề tập huấn, phổ biến: các vòng tròn và cột biểu đồ màu "
            "tím nhạt trên nền tím đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Thực hiện Kế hoạch truyền thông về cải cách hành chính năm 2023, Sở Tài chính sử "
                    "dụng các buổi học tập Nghị quyết làm một kênh tuyên truyền miệng trực tiếp đến cán bộ, "
                    "công chức, đảng viên và người lao động. Nội dung được chọn lồng ghép là Nghị quyết số "
                    "27-NQ/TW ngày 09/11/2022 tại Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa "
                    "XIII “về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam "
                    "trong giai đoạn mới” và Chương trình hành động của Chính phủ thực hiện Nghị quyết.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Báo cáo viên nhấn mạnh mối liên hệ giữa yêu cầu hoàn thiện Nhà nước pháp quyền với "
                    "nhiệm vụ cải cách thể chế, cải cách tổ chức bộ máy hành chính nhà nước; đồng thời giới "
                    "thiệu sáu nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn "
                    "2021 - 2030 ban hành kèm theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Sáu nội dung cải cách hành chính theo Nghị quyết số 76/NQ-CP",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ol><li>Cải cách thể chế;</li><li>Cải cách thủ tục hành chính;</li><li>Cải cách tổ chức "
                    "bộ máy hành chính nhà nước;</li><li>Cải cách chế độ công vụ;</li><li>Cải cách tài chính "
                    "công;</li><li>Xây dựng và phát triển Chính phủ điện tử, Chính phủ số.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Gắn với nhiệm vụ của từng phòng",
                    "text": (
                        "<p>Sau buổi học tập, các phòng thuộc Sở tiếp tục trao đổi trong sinh hoạt chuyên môn để "
                        "liên hệ với nhiệm vụ được giao, nhất là việc rà soát văn bản quy phạm pháp luật trong "
                        "lĩnh vực tài chính do Sở tham mưu và việc sắp xếp, phân công công việc hợp lý trong "
                        "từng phòng.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "cap-nhat-van-ban-cchc-tren-cong-thong-tin-dien-tu-cua-so",
        "title": (
            "Cập nhật văn bản về cải cách hành chính của Trung ương và của tỉnh trên Cổng thông tin điện tử của Sở"
        ),
        "date": "2023-04-25",
        "division": "tai-chinh-doanh-nghiep-tin-hoc",
        "areas": [1, 6],
        "lead": (
            "Phòng Tài chính doanh nghiệp - Tin học đã tổng hợp, đăng tải các văn bản chủ yếu về cải "
            "cách hành chính của Trung ương và của tỉnh trên Cổng thông tin điện tử của Sở để công "
            "chức, người dân và doanh nghiệp dễ dàng tra cứu."
        ),
        "author_line": "Phòng Tài chính doanh nghiệp - Tin học",
        "tags": ["CCHC", "văn bản", "cổng thông tin"],
        "image": "so-hoa",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề chuyển đổi số: các vòng tròn và cột biểu đồ màu xanh "
            "ngọc nhạt trên nền xanh chàm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Đăng tải các văn bản của Trung ương và của tỉnh về công tác cải cách hành chính trên "
                    "Cổng thông tin điện tử của Sở là một trong các hình thức tuyên truyền được nêu tại Kế "
                    "hoạch truyền thông về cải cách hành chính năm 2023. Phòng Tài chính doanh nghiệp - Tin "
                    "học được giao chủ trì, phối hợp với các phòng thuộc Sở thực hiện nhiệm vụ này.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Một số văn bản về cải cách hành chính đã được đăng tải",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu"],
                        [
                            "27-NQ/TW",
                            "09/11/2022",
                            "Ban Chấp hành Trung ương Đảng",
                            (
                                "Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt "
                                "Nam trong giai đoạn mới"
                            ),
                        ],
                        [
                            "76/NQ-CP",
                            "15/7/2021",
                            "Chính phủ",
                            "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
                        ],
                        [
                            "09-CTr/TU",
                            "14/5/2021",
                            "Tỉnh ủy Bình Định",
                            (
                                "Chương trình hành động thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh, Nghị quyết "
                                "Đại hội Đảng toàn quốc lần thứ XIII về cải cách hành chính, trọng tâm là tiếp "
                                "tục đẩy mạnh cải cách thủ tục hành chính giai đoạn 2020 - 2025"
                            ),
                        ],
                        [
                            "3809/QĐ-UBND",
                            "14/9/2021",
                            "UBND tỉnh Bình Định",
                            (
                                "Ban hành Kế hoạch thực hiện Nghị quyết số 76/NQ-CP và Chương trình hành động số "
                                "09-CTr/TU"
                            ),
                        ],
                        [
                            "5299/QĐ-UBND",
                            "30/12/2021",
                            "UBND tỉnh Bình Định",
                            (
                                "Ban hành Đề án “Phát huy vai trò của đoàn viên, thanh niên trong việc thực hiện "
                                "Dịch vụ công trực tuyến mức độ 3, mức độ 4 giai đoạn 2022 - 2027”"
                            ),
                        ],
                        [
                            "4567/QĐ-UBND",
                            "30/12/2022",
                            "UBND tỉnh Bình Định",
                            (
                                "Ban hành Đề án “Đổi mới và nâng cao chất lượng phục vụ người dân, doanh nghiệp "
                                "trong giải quyết thủ tục hành chính trên địa bàn tỉnh Bình Định”"
                            ),
                        ],
                        [
                            "828/QĐ-UBND",
                            "19/3/2023",
                            "UBND tỉnh Bình Định",
                            (
                                "Ban hành Kế hoạch truyền thông về công tác cải cách hành chính nhà nước trên "
                                "địa bàn tỉnh Bình Định năm 2023"
                            ),
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Mỗi văn bản được đăng kèm số, ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu và "
                    "tệp toàn văn để tải về. Người dùng có thể tìm văn bản theo số, ký hiệu hoặc theo từ "
                    "khóa, kể cả khi gõ không dấu.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Đề nghị các phòng phối hợp",
                    "text": (
                        "<p>Khi tiếp nhận văn bản mới về cải cách hành chính liên quan đến lĩnh vực phụ trách, "
                        "các phòng gửi thông tin về Phòng Tài chính doanh nghiệp - Tin học để cập nhật kịp thời "
                        "lên Cổng thông tin điện tử của Sở.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "duy-tri-noi-dung-cchc-trong-hop-giao-ban-hang-tuan",
        "title": "Duy trì nội dung cải cách hành chính trong các buổi họp giao ban hằng tuần",
        "date": "2023-05-08",
        "division": "van-phong",
        "areas": [2, 4],
        "lead": (
            "Bên cạnh công tác chuyên môn, các buổi họp giao ban hằng tuần của Sở Tài chính dành "
            "thời lượng để cập nhật văn bản mới, tiến độ giải quyết hồ sơ thủ tục hành chính và các "
            "nhiệm vụ cải cách hành chính được giao."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["CCHC", "TTHC", "giao ban"],
        "image": "hop",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề họp, giao ban: các vòng tròn và cột biểu đồ màu vàng trên nền đỏ sẫm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Theo Kế hoạch truyền thông về cải cách hành chính năm 2023, họp giao ban là một "
                    "trong những hình thức tuyên truyền miệng thường xuyên nhất. Tại mỗi buổi giao ban, Văn "
                    "phòng Sở tổng hợp ngắn gọn các văn bản mới của Trung ương, của tỉnh liên quan đến cải "
                    "cách hành chính và những việc cần triển khai trong tuần.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Những nội dung được cập nhật thường xuyên",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Văn bản mới về cải cách hành chính, kiểm soát thủ tục hành chính cần phổ biến "
                    "đến công chức;</li><li>Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính thuộc "
                    "thẩm quyền của Sở, các hồ sơ sắp đến hạn;</li><li>Tiến độ các nhiệm vụ cải cách hành "
                    "chính theo kế hoạch năm và thời hạn gửi báo cáo;</li><li>Phản ánh, kiến nghị của người "
                    "dân, doanh nghiệp (nếu có) và hướng xử lý.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Hồ sơ quá hạn",
                    "text": (
                        "<p>Trường hợp hồ sơ thủ tục hành chính giải quyết quá hạn, phòng chủ trì phải kịp thời "
                        "báo cáo lãnh đạo Sở và thực hiện việc xin lỗi người dân, tổ chức theo quy định tại Nghị "
                        "định số 61/2018/NĐ-CP của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông "
                        "trong giải quyết thủ tục hành chính.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Các trưởng phòng có trách nhiệm truyền đạt lại nội dung giao ban đến công chức, "
                    "người lao động trong phòng, bảo đảm thông tin về cải cách hành chính đến được từng "
                    "người thực thi công vụ.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "doan-vien-thanh-nien-ho-tro-nguoi-dan-su-dung-dich-vu-cong-truc-tuyen",
        "title": ("Đoàn viên thanh niên Sở Tài chính hỗ trợ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến"),
        "date": "2023-05-22",
        "division": "tai-chinh-doanh-nghiep-tin-hoc",
        "areas": [2, 6],
        "lead": (
            "Triển khai Đề án “Phát huy vai trò của đoàn viên, thanh niên trong việc thực hiện Dịch "
            "vụ công trực tuyến mức độ 3, mức độ 4 giai đoạn 2022 - 2027” ban hành kèm theo Quyết "
            "định số 5299/QĐ-UBND ngày 30/12/2021 của UBND tỉnh, đoàn viên thanh niên Sở Tài chính "
            "tham gia hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến."
        ),
        "author_line": "Đoàn Thanh niên Sở Tài chính",
        "tags": ["dịch vụ công trực tuyến", "Đoàn thanh niên", "chuyển đổi số"],
        "image": "mot-cua",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề một cửa, thủ tục hành chính: các vòng tròn và cột biểu "
            "đồ màu vàng nhạt trên nền xanh lục đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Đề án ban hành kèm theo Quyết định số 5299/QĐ-UBND ngày 30/12/2021 của UBND tỉnh đặt "
                    "đoàn viên, thanh niên vào vai trò nòng cốt trong việc đưa dịch vụ công trực tuyến đến "
                    "gần hơn với người dân. Tại Sở Tài chính, nội dung Đề án được phổ biến trong các buổi "
                    "họp Đoàn thanh niên hằng tháng theo Kế hoạch truyền thông về cải cách hành chính năm "
                    "2023.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Các việc đoàn viên tham gia",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Hướng dẫn tạo và sử dụng tài khoản trên Cổng Dịch vụ công quốc "
                    "gia;</li><li>Hướng dẫn tra cứu thành phần hồ sơ, nộp hồ sơ và theo dõi kết quả giải "
                    "quyết thủ tục hành chính thuộc lĩnh vực tài chính;</li><li>Tuyên truyền lợi ích của "
                    "việc nộp hồ sơ trực tuyến: tiết kiệm thời gian, chi phí đi lại, chủ động theo dõi tiến "
                    "độ;</li><li>Ghi nhận khó khăn của người dùng để phản ánh với phòng chuyên môn.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Về tên gọi các mức độ dịch vụ công",
                    "text": (
                        "<p>Đề án dùng cách gọi “mức độ 3, mức độ 4”. Theo Nghị định số 42/2022/NĐ-CP của Chính "
                        "phủ, dịch vụ công trực tuyến hiện được phân thành dịch vụ công trực tuyến toàn trình và "
                        "dịch vụ công trực tuyến một phần.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Chi đoàn tiếp tục phối hợp với Phòng Tài chính doanh nghiệp - Tin học cập nhật hướng "
                    "dẫn trên chuyên mục cải cách hành chính của Cổng thông tin điện tử Sở, giúp người dùng "
                    "tự thực hiện được các bước cơ bản.</p>"
                ),
            ),
        ],
        "en": {
            "title": (
                "Young union members of the Department of Finance help citizens and businesses use "
                "online public services"
            ),
            "lead": (
                "Implementing the project “Promoting the role of youth union members in online public "
                "services at levels 3 and 4, 2022–2027”, issued with Decision No. 5299/QĐ-UBND of 30 "
                "December 2021 of the Provincial People's Committee, young union members of the "
                "Department of Finance guide citizens and businesses in filing applications online."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The project issued with Decision No. 5299/QĐ-UBND of 30 December 2021 of the "
                        "Provincial People's Committee gives youth union members a leading role in bringing "
                        "online public services closer to citizens. At the Department of Finance, the project is "
                        "presented at the monthly youth-union meetings under the 2023 communication plan on "
                        "administrative reform.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What union members do",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li>Help users create and use an account on the National Public Service "
                        "Portal;</li><li>Show how to look up the required documents, submit an application and "
                        "follow the handling of administrative procedures in the finance sector;</li><li>Explain "
                        "the benefits of filing online: less time and travel, and the progress can be followed "
                        "at any moment;</li><li>Record users' difficulties and pass them on to the responsible "
                        "division.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "About the service levels",
                        "text": (
                            "<p>The project speaks of “level 3 and level 4” services. Under Government Decree "
                            "No. 42/2022/NĐ-CP, online public services are now classified as full online public "
                            "services and partial online public services.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The youth union will keep working with the Enterprise Finance and Information "
                        "Technology Division to update the guidance in the administrative reform column of the "
                        "Department's portal, so that users can complete the basic steps on their own.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "tang-cuong-ky-luat-ky-cuong-hanh-chinh-va-van-hoa-cong-vu",
        "title": "Tăng cường kỷ luật, kỷ cương hành chính và văn hóa công vụ trong thực thi nhiệm vụ",
        "date": "2023-06-05",
        "division": "thanh-tra",
        "areas": [4, 3],
        "lead": (
            "Sở Tài chính tiếp tục quán triệt đến công chức, người lao động các quy định về kỷ luật, "
            "kỷ cương hành chính, đạo đức và văn hóa công vụ, gắn với kiểm tra nội bộ việc thực hiện "
            "nhiệm vụ."
        ),
        "author_line": "Thanh tra Sở",
        "tags": ["công vụ", "kỷ luật, kỷ cương", "CCHC"],
        "image": "hop",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề họp, giao ban: các vòng tròn và cột biểu đồ màu vàng trên nền đỏ sẫm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Cải cách chế độ công vụ đòi hỏi mỗi công chức không chỉ nắm vững chuyên môn mà còn "
                    "thực hiện nghiêm kỷ luật, kỷ cương hành chính và chuẩn mực ứng xử khi tiếp xúc với "
                    "người dân, doanh nghiệp. Nội dung này được nhắc lại thường xuyên trong họp giao ban và "
                    "họp chi bộ hằng tháng.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Các yêu cầu được quán triệt",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Chấp hành nghiêm thời gian làm việc, nội quy, quy chế làm việc của cơ "
                    "quan;</li><li>Giải quyết công việc đúng thẩm quyền, đúng quy trình và thời hạn; không "
                    "để hồ sơ tồn đọng;</li><li>Ứng xử lịch sự, tôn trọng, tận tình khi hướng dẫn người dân, "
                    "doanh nghiệp;</li><li>Không gây phiền hà, sách nhiễu trong quá trình giải quyết công "
                    "việc.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Kiểm tra nội bộ",
                    "text": (
                        "<p>Thanh tra Sở phối hợp với Văn phòng Sở kiểm tra định kỳ và đột xuất việc chấp hành "
                        "kỷ luật, kỷ cương hành chính; kết quả kiểm tra là một căn cứ đánh giá, xếp loại công "
                        "chức cuối năm.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "chi-bo-sinh-hoat-chuyen-de-ve-cai-cach-hanh-chinh",
        "title": "Sinh hoạt chuyên đề về cải cách hành chính trong họp chi bộ hằng tháng",
        "date": "2023-06-26",
        "division": "van-phong",
        "areas": [3, 4],
        "lead": (
            "Theo Kế hoạch truyền thông về cải cách hành chính năm 2023, nội dung cải cách hành "
            "chính được đưa vào sinh hoạt chi bộ hằng tháng, gắn trách nhiệm của đảng viên với nhiệm "
            "vụ chuyên môn được giao."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["CCHC", "chi bộ", "công vụ"],
        "image": "hop",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề họp, giao ban: các vòng tròn và cột biểu đồ màu vàng trên nền đỏ sẫm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Họp chi bộ hằng tháng là dịp để đảng viên cùng nhìn lại việc thực hiện nhiệm vụ "
                    "chuyên môn. Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở xác định họp "
                    "chi bộ là một trong các hình thức tuyên truyền miệng về cải cách hành chính.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Tại buổi sinh hoạt chuyên đề, các đảng viên trao đổi về những nội "
                    "dung:</p><ul><li>Vai trò nêu gương của đảng viên trong thực thi công vụ và giải quyết "
                    "thủ tục hành chính;</li><li>Việc thực hiện quy chế làm việc, phân công nhiệm vụ trong "
                    "từng phòng;</li><li>Những khó khăn khi triển khai nhiệm vụ cải cách hành chính và đề "
                    "xuất cách khắc phục.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Gắn với đánh giá cuối năm",
                    "text": (
                        "<p>Kết quả thực hiện nhiệm vụ cải cách hành chính của đảng viên là một nội dung được "
                        "xem xét khi đánh giá, xếp loại chất lượng đảng viên và công chức cuối năm.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "ket-qua-par-index-sipas-va-pci-nam-2022-cua-tinh-binh-dinh",
        "title": (
            "Thông tin kết quả Chỉ số cải cách hành chính, Chỉ số hài lòng và Chỉ số năng lực cạnh "
            "tranh cấp tỉnh năm 2022 của Bình Định"
        ),
        "date": "2023-07-05",
        "division": "van-phong",
        "areas": [2, 4],
        "lead": (
            "Theo kết quả được công bố, năm 2022 tỉnh Bình Định đạt 85,03% Chỉ số cải cách hành "
            "chính (PAR INDEX), xếp thứ 33/63 tỉnh, thành phố; Chỉ số hài lòng về sự phục vụ hành "
            "chính (SIPAS) đạt 81,78%; Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 66,65 điểm, xếp "
            "thứ 21."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["PAR INDEX", "SIPAS", "PCI", "CCHC"],
        "image": None,
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở Tài chính yêu cầu thông "
                    "tin đầy đủ kết quả các chỉ số đo lường hiệu quả hoạt động của chính quyền cấp tỉnh, "
                    "trong đó có Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân đối "
                    "với sự phục vụ của cơ quan nhà nước và Chỉ số năng lực cạnh tranh cấp tỉnh (PCI). Bảng "
                    "dưới đây tổng hợp kết quả năm 2022 của tỉnh Bình Định.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Kết quả một số chỉ số năm 2022 của tỉnh Bình Định",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Chỉ số", "Cơ quan công bố", "Kết quả năm 2022", "Xếp hạng"],
                        [
                            "Chỉ số cải cách hành chính (PAR INDEX)",
                            "Bộ Nội vụ",
                            "85,03%",
                            "33/63",
                        ],
                        [
                            "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
                            "Bộ Nội vụ",
                            "81,78%",
                            "Không nêu trong bài",
                        ],
                        [
                            "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
                            "VCCI",
                            "66,65 điểm",
                            "21",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Chỉ số PAR INDEX đánh giá các tỉnh, thành phố trên nhiều lĩnh vực, từ công tác chỉ "
                    "đạo, điều hành cải cách hành chính đến cải cách thủ tục hành chính, tài chính công và "
                    "xây dựng chính quyền điện tử. Vì vậy, kết quả chung của tỉnh phản ánh một phần đóng góp "
                    "của từng sở, ngành, trong đó có ngành tài chính.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Về số liệu",
                    "text": (
                        "<p>Bài viết chỉ nêu các giá trị đã được công bố. Kết quả chi tiết theo từng lĩnh vực, "
                        "chỉ số thành phần đề nghị tra cứu tại báo cáo chính thức của cơ quan công bố.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Các phòng thuộc Sở được đề nghị nghiên cứu những tiêu chí có liên quan đến lĩnh vực "
                    "phụ trách để đề xuất giải pháp cải thiện, nhất là về thời hạn giải quyết hồ sơ, công "
                    "khai thông tin và thái độ phục vụ người dân, doanh nghiệp.</p>"
                ),
            ),
        ],
        "en": {
            "title": (
                "Binh Dinh's 2022 results in the Administrative Reform Index, the Satisfaction Index and "
                "the Provincial Competitiveness Index"
            ),
            "lead": (
                "According to the published results, in 2022 Binh Dinh province scored 85.03% on the "
                "Administrative Reform Index (PAR INDEX), ranking 33rd of 63 provinces and cities; "
                "81.78% on the Satisfaction Index of Public Administrative Services (SIPAS); and 66.65 "
                "points on the Provincial Competitiveness Index (PCI), ranking 21st."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Department of Finance's 2023 communication plan on administrative reform calls "
                        "for full information on the indices that measure the performance of provincial "
                        "government, among them the Administrative Reform Index (PAR INDEX), the index of "
                        "citizens' satisfaction with the services of state agencies and the Provincial "
                        "Competitiveness Index (PCI). The table below sums up Binh Dinh's results for 2022.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Selected 2022 index results for Binh Dinh province",
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "data": [
                            ["Index", "Published by", "2022 result", "Rank"],
                            [
                                "Administrative Reform Index (PAR INDEX)",
                                "Ministry of Home Affairs",
                                "85.03%",
                                "33/63",
                            ],
                            [
                                "Satisfaction Index of Public Administrative Services (SIPAS)",
                                "Ministry of Home Affairs",
                                "81.78%",
                                "Not given here",
                            ],
                            [
                                "Provincial Competitiveness Index (PCI)",
                                "VCCI",
                                "66.65 points",
                                "21",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The PAR INDEX assesses provinces and cities across several fields, from the "
                        "direction of administrative reform to administrative procedures, public finance and "
                        "e-government. The province's overall result therefore partly reflects the contribution "
                        "of each department, the finance sector included.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "About the figures",
                        "text": (
                            "<p>This article gives only published values. For detailed results by field and "
                            "sub-index, please consult the official report of the publishing body.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Divisions of the Department are asked to study the criteria related to their own "
                        "fields and propose improvements, especially on processing times, transparency and the "
                        "way citizens and businesses are served.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "pho-bien-luat-thanh-tra-nam-2022",
        "title": "Phổ biến Luật Thanh tra năm 2022 có hiệu lực từ ngày 01/7/2023",
        "date": "2023-07-12",
        "division": "thanh-tra",
        "areas": [1, 4],
        "lead": (
            "Thanh tra Sở phổ biến những nội dung chủ yếu của Luật Thanh tra số 11/2022/QH15, có "
            "hiệu lực từ ngày 01/7/2023, đến công chức làm công tác thanh tra và công chức các phòng "
            "thuộc Sở."
        ),
        "author_line": "Thanh tra Sở",
        "tags": ["Luật Thanh tra", "thể chế", "công vụ"],
        "image": "tap-huan",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề tập huấn, phổ biến: các vòng tròn và cột biểu đồ màu "
            "tím nhạt trên nền tím đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Luật Thanh tra năm 2022 được Quốc hội khóa XV thông qua tại kỳ họp thứ 4 và có hiệu "
                    "lực từ ngày 01/7/2023. Việc phổ biến Luật được lồng ghép trong sinh hoạt chuyên môn và "
                    "các buổi họp giao ban theo Kế hoạch truyền thông về cải cách hành chính năm 2023 của "
                    "Sở.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Nội dung phổ biến",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Tổ chức cơ quan thanh tra, nhiệm vụ, quyền hạn của thanh tra viên và người được "
                    "giao nhiệm vụ thanh tra;</li><li>Trình tự, thủ tục tiến hành một cuộc thanh "
                    "tra;</li><li>Trách nhiệm của đối tượng thanh tra và của cơ quan, tổ chức, cá nhân có "
                    "liên quan;</li><li>Việc thực hiện kết luận thanh tra.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Nâng cao nhận thức, trách nhiệm của công chức và người lao động trong quá trình thực "
                        "thi công vụ."
                    ),
                    "attribution": "Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở Tài chính",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Tài liệu tham khảo",
                    "text": (
                        "<p>Toàn văn Luật Thanh tra năm 2022 được đăng trong mục Văn bản của Cổng thông tin điện "
                        "tử Sở để công chức tra cứu.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "so-ket-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2023",
        "title": "Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023",
        "date": "2023-07-20",
        "division": "van-phong",
        "areas": [2, 3, 4],
        "lead": (
            "Văn phòng Sở tổng hợp kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm "
            "2023, chỉ ra những việc đã làm được, những hạn chế và nhiệm vụ trọng tâm 6 tháng cuối "
            "năm."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["CCHC", "báo cáo", "sơ kết"],
        "image": None,
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Theo Kế hoạch truyền thông về cải cách hành chính năm 2023, Văn phòng Sở có nhiệm vụ "
                    "theo dõi, kiểm tra và tổng hợp báo cáo định kỳ hằng quý, 6 tháng, một năm về tình hình "
                    "thực hiện cải cách hành chính của Sở.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Những việc đã triển khai",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Ban hành và phổ biến Kế hoạch truyền thông về cải cách hành chính năm 2023 đến "
                    "các phòng;</li><li>Lồng ghép nội dung cải cách hành chính trong học tập Nghị quyết, họp "
                    "giao ban, họp chi bộ, họp Đoàn thanh niên;</li><li>Đăng tải các văn bản chủ yếu về cải "
                    "cách hành chính của Trung ương và của tỉnh trên Cổng thông tin điện tử của "
                    "Sở;</li><li>Triển khai Đề án ban hành kèm theo Quyết định số 4567/QĐ-UBND ngày "
                    "30/12/2022 của UBND tỉnh.</li></ul>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Nhiệm vụ 6 tháng cuối năm",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Tổ chức tọa đàm về công tác cải cách hành chính của tỉnh và của "
                    "Sở;</li><li>Tăng cường phối hợp với Đài Phát thanh và Truyền hình Bình Định, Báo Bình "
                    "Định;</li><li>Nâng cao số lượng, chất lượng tin, bài trên chuyên mục cải cách hành "
                    "chính.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Báo cáo chi tiết",
                    "text": (
                        "<p>Số liệu chi tiết về tiếp nhận, giải quyết hồ sơ thủ tục hành chính được nêu trong "
                        "báo cáo định kỳ của Sở gửi Sở Nội vụ.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "phoi-hop-dai-ptth-va-bao-binh-dinh-dua-tin-ve-cchc-nganh-tai-chinh",
        "title": (
            "Phối hợp với Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định đưa tin về cải cách "
            "hành chính ngành tài chính"
        ),
        "date": "2023-08-10",
        "division": "tai-chinh-doanh-nghiep-tin-hoc",
        "areas": [2, 5],
        "lead": (
            "Để thông tin về cải cách hành chính ngành tài chính đến rộng rãi người dân, doanh "
            "nghiệp, Sở Tài chính phối hợp với Đài Phát thanh và Truyền hình Bình Định, Báo Bình "
            "Định cung cấp thông tin, đưa tin, bài viết theo Kế hoạch truyền thông năm 2023."
        ),
        "author_line": "Phòng Tài chính doanh nghiệp - Tin học",
        "tags": ["CCHC", "báo chí", "truyền thông"],
        "image": None,
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Bên cạnh các tin, bài đăng trên Cổng thông tin điện tử của Sở, Kế hoạch truyền thông "
                    "về cải cách hành chính năm 2023 giao nhiệm vụ phối hợp với Đài Phát thanh và Truyền "
                    "hình Bình Định, Báo Bình Định đưa tin, bài viết về công tác cải cách hành chính. Đây là "
                    "kênh giúp thông tin của ngành tài chính đến được với người dân, doanh nghiệp không "
                    "thường xuyên truy cập cổng thông tin.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Những chủ đề ưu tiên cung cấp thông tin",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Thủ tục hành chính thuộc lĩnh vực tài chính và cách nộp hồ sơ trực "
                    "tuyến;</li><li>Công khai dự toán, quyết toán ngân sách địa phương;</li><li>Các quy định "
                    "mới về giá, tài sản công, tự chủ tài chính của đơn vị sự nghiệp công lập;</li><li>Kết "
                    "quả các chỉ số cải cách hành chính đã được công bố.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Các phòng chuyên môn chuẩn bị nội dung thuộc lĩnh vực phụ trách; Phòng Tài chính "
                    "doanh nghiệp - Tin học tổng hợp, trình lãnh đạo Sở cho ý kiến trước khi cung cấp cho cơ "
                    "quan báo chí.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Bảo đảm thông tin chính xác",
                    "text": (
                        "<p>Số liệu cung cấp cho cơ quan báo chí phải có nguồn từ văn bản, báo cáo chính thức đã "
                        "được cấp có thẩm quyền ban hành hoặc phê duyệt.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "huong-dan-co-che-tu-chu-tai-chinh-don-vi-su-nghiep-cong-lap",
        "title": (
            "Hướng dẫn thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập theo Nghị định số 60/2021/NĐ-CP"
        ),
        "date": "2023-08-22",
        "division": "tai-chinh-hcsn",
        "areas": [5, 3],
        "lead": (
            "Phòng Tài chính hành chính sự nghiệp phổ biến, hướng dẫn các đơn vị sự nghiệp công lập "
            "thuộc tỉnh thực hiện cơ chế tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP ngày "
            "21/6/2021 của Chính phủ."
        ),
        "author_line": "Phòng Tài chính hành chính sự nghiệp",
        "tags": ["tự chủ tài chính", "đơn vị sự nghiệp", "tài chính công"],
        "image": "tap-huan",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề tập huấn, phổ biến: các vòng tròn và cột biểu đồ màu "
            "tím nhạt trên nền tím đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Đổi mới cơ chế quản lý tài chính đối với đơn vị sự nghiệp công lập là một nội dung "
                    "quan trọng của cải cách tài chính công, gắn với chủ trương tại Nghị quyết số 19-NQ/TW "
                    "ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng về tiếp tục đổi mới hệ thống tổ chức "
                    "và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công "
                    "lập. Nghị định số 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp "
                    "công lập.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Phân loại mức độ tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Nhóm", "Mức độ tự chủ"],
                        ["Nhóm 1", "Tự bảo đảm chi thường xuyên và chi đầu tư"],
                        ["Nhóm 2", "Tự bảo đảm chi thường xuyên"],
                        ["Nhóm 3", "Tự bảo đảm một phần chi thường xuyên"],
                        ["Nhóm 4", "Được Nhà nước bảo đảm chi thường xuyên"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Tại buổi hướng dẫn, các đơn vị được lưu ý những việc chính:</p><ul><li>Xây dựng "
                    "phương án tự chủ tài chính trên cơ sở chức năng, nhiệm vụ và khả năng thu sự nghiệp của "
                    "đơn vị;</li><li>Xây dựng, hoàn thiện quy chế chi tiêu nội bộ, công khai trong đơn "
                    "vị;</li><li>Từng bước tính đủ chi phí vào giá dịch vụ sự nghiệp công theo lộ trình của "
                    "cấp có thẩm quyền.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Đầu mối hướng dẫn",
                    "text": (
                        "<p>Trong quá trình thực hiện, nếu có vướng mắc, đơn vị liên hệ Phòng Tài chính hành "
                        "chính sự nghiệp, Sở Tài chính để được hướng dẫn.</p>"
                    ),
                },
            ),
        ],
        "en": {
            "title": ("Guidance on the financial autonomy of public service providers under Decree No. 60/2021/NĐ-CP"),
            "lead": (
                "The Administrative and Public Service Finance Division briefed the province's public "
                "service providers on the financial autonomy mechanism set by Government Decree No. "
                "60/2021/NĐ-CP of 21 June 2021."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Reforming the financial management of public service providers is a key part of "
                        "public finance reform, in line with Resolution No. 19-NQ/TW of 25 October 2017 of the "
                        "Party Central Committee on further reforming the organisation and management and "
                        "improving the quality and efficiency of public service providers. Decree No. "
                        "60/2021/NĐ-CP sets out their financial autonomy mechanism.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Levels of financial autonomy under Decree No. 60/2021/NĐ-CP",
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "data": [
                            ["Group", "Level of autonomy"],
                            ["Group 1", "Covers its own recurrent and investment spending"],
                            ["Group 2", "Covers its own recurrent spending"],
                            ["Group 3", "Covers part of its recurrent spending"],
                            ["Group 4", "Recurrent spending covered by the State"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>At the briefing, providers were reminded of the main tasks:</p><ul><li>Draw up a "
                        "financial autonomy plan based on their functions, tasks and capacity to earn service "
                        "revenue;</li><li>Draw up or complete their internal spending rules and make them public "
                        "within the unit;</li><li>Gradually include full costs in the price of public services, "
                        "following the roadmap set by the competent authorities.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Contact point",
                        "text": (
                            "<p>Providers facing difficulties may contact the Administrative and Public Service "
                            "Finance Division of the Department of Finance for guidance.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "ra-soat-vi-tri-viec-lam-cua-cac-phong-thuoc-so",
        "title": "Rà soát vị trí việc làm, bản mô tả công việc của các phòng thuộc Sở",
        "date": "2023-09-05",
        "division": "van-phong",
        "areas": [3, 4],
        "lead": (
            "Văn phòng Sở chủ trì, phối hợp với các phòng rà soát danh mục vị trí việc làm, bản mô "
            "tả công việc và khung năng lực theo Nghị định số 62/2020/NĐ-CP của Chính phủ về vị trí "
            "việc làm và biên chế công chức."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["vị trí việc làm", "tổ chức bộ máy", "công vụ"],
        "image": None,
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Vị trí việc làm là cơ sở để tuyển dụng, sử dụng, đánh giá và quản lý công chức. Việc "
                    "rà soát nhằm bảo đảm mỗi vị trí gắn với chức năng, nhiệm vụ của phòng, tránh chồng chéo "
                    "và xác định rõ trách nhiệm của từng người.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Nội dung rà soát và trách nhiệm thực hiện",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Nội dung", "Trách nhiệm"],
                        [
                            "Danh mục vị trí việc làm của từng phòng",
                            "Các phòng thuộc Sở đề xuất; Văn phòng Sở tổng hợp",
                        ],
                        [
                            "Bản mô tả công việc, khung năng lực",
                            "Trưởng các phòng chủ trì xây dựng",
                        ],
                        ["Đối chiếu với chức năng, nhiệm vụ của Sở", "Văn phòng Sở"],
                        ["Báo cáo lãnh đạo Sở, gửi cơ quan có thẩm quyền", "Văn phòng Sở"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Kết quả rà soát sẽ được sử dụng để điều chỉnh phân công nhiệm vụ trong nội bộ Sở và "
                    "làm cơ sở đề xuất các nội dung liên quan đến tổ chức bộ máy, biên chế theo quy định.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "toa-dam-ve-cong-tac-cai-cach-hanh-chinh-nam-2023",
        "title": "Tọa đàm về công tác cải cách hành chính của tỉnh và của Sở Tài chính",
        "date": "2023-09-20",
        "division": "van-phong",
        "areas": [2, 5, 6],
        "lead": (
            "Sở Tài chính tổ chức tọa đàm về công tác cải cách hành chính, tập trung trao đổi về "
            "giải quyết thủ tục hành chính, dịch vụ công trực tuyến và cải cách tài chính công, qua "
            "đó thống nhất các giải pháp cho những tháng cuối năm 2023."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["CCHC", "tọa đàm", "tài chính công"],
        "image": "toa-dam",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề tọa đàm: các vòng tròn và cột biểu đồ màu trắng trên nền xanh dương đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Tổ chức tọa đàm về công tác cải cách hành chính của tỉnh và của Sở là một hình thức "
                    "tuyên truyền được nêu trong Kế hoạch truyền thông về cải cách hành chính năm 2023. Tham "
                    "dự tọa đàm có lãnh đạo Sở, lãnh đạo và công chức các phòng thuộc Sở.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Các nhóm vấn đề được trao đổi",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Thủ tục hành chính:</b> rà soát thành phần hồ sơ, thời hạn giải quyết; giảm "
                    "tình trạng yêu cầu bổ sung hồ sơ nhiều lần;</li><li><b>Dịch vụ công trực tuyến:</b> "
                    "khuyến khích người dân, doanh nghiệp nộp hồ sơ trực tuyến; vai trò của đoàn viên thanh "
                    "niên theo Đề án ban hành kèm theo Quyết định số 5299/QĐ-UBND;</li><li><b>Tài chính "
                    "công:</b> công khai ngân sách, cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập, "
                    "quản lý giá và tài sản công;</li><li><b>Truyền thông:</b> nâng cao chất lượng tin, bài "
                    "trên chuyên mục cải cách hành chính của Cổng thông tin điện tử Sở.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Hoạt động thông tin, tuyên truyền cải cách hành chính được tổ chức hiệu quả, thiết "
                        "thực, kịp thời, thường xuyên; hình thức thông tin, tuyên truyền đa dạng, phong phú, phù "
                        "hợp với nội dung tuyên truyền."
                    ),
                    "attribution": "Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở Tài chính",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Sau tọa đàm",
                    "text": (
                        "<p>Văn phòng Sở tổng hợp ý kiến, đề xuất tại tọa đàm để báo cáo lãnh đạo Sở, đồng thời "
                        "đưa vào báo cáo kết quả thực hiện công tác cải cách hành chính năm 2023 của Sở.</p>"
                    ),
                },
            ),
        ],
        "en": {
            "title": ("Seminar on the administrative reform work of the province and the Department of Finance"),
            "lead": (
                "The Department of Finance held a seminar on administrative reform focused on "
                "administrative procedures, online public services and public finance reform, agreeing "
                "on measures for the last months of 2023."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Seminars on the administrative reform work of the province and of the Department are "
                        "one of the forms of communication set out in the 2023 communication plan on "
                        "administrative reform. The seminar brought together the Department's leadership and the "
                        "heads and staff of its divisions.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Topics discussed",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Administrative procedures:</b> reviewing required documents and processing "
                        "times; avoiding repeated requests for additional papers;</li><li><b>Online public "
                        "services:</b> encouraging citizens and businesses to file online; the role of youth "
                        "union members under the project issued with Decision No. "
                        "5299/QĐ-UBND;</li><li><b>Public finance:</b> budget transparency, financial autonomy of "
                        "public service providers, price and public asset "
                        "management;</li><li><b>Communication:</b> better news and articles in the "
                        "administrative reform column of the Department's portal.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Information and communication on administrative reform is carried out effectively, "
                            "practically, promptly and regularly, in varied and rich forms suited to the content."
                        ),
                        "attribution": "Department of Finance, 2023 communication plan on administrative reform",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "After the seminar",
                        "text": (
                            "<p>The Department Office compiles the views and proposals raised at the seminar for "
                            "the Department's leadership and includes them in the Department's 2023 report on "
                            "administrative reform.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "huong-ung-ngay-chuyen-doi-so-quoc-gia-day-manh-van-ban-dien-tu",
        "title": ("Hưởng ứng Ngày Chuyển đổi số quốc gia: đẩy mạnh xử lý văn bản điện tử và sử dụng chữ ký số"),
        "date": "2023-10-10",
        "division": "tai-chinh-doanh-nghiep-tin-hoc",
        "areas": [6, 4],
        "lead": (
            "Nhân Ngày Chuyển đổi số quốc gia 10/10, Sở Tài chính đề nghị công chức tiếp tục xử lý "
            "văn bản trên môi trường điện tử, sử dụng chữ ký số và khai thác hiệu quả các phần mềm "
            "dùng chung."
        ),
        "author_line": "Phòng Tài chính doanh nghiệp - Tin học",
        "tags": ["chuyển đổi số", "chữ ký số", "văn bản điện tử"],
        "image": "so-hoa",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề chuyển đổi số: các vòng tròn và cột biểu đồ màu xanh "
            "ngọc nhạt trên nền xanh chàm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Xây dựng và phát triển Chính phủ điện tử, Chính phủ số là một trong sáu nội dung của "
                    "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030. Đối với hoạt "
                    "động nội bộ của Sở, trọng tâm là xử lý văn bản, hồ sơ công việc trên môi trường "
                    "mạng.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Các việc cần làm",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Tiếp nhận, xử lý, phát hành văn bản qua phần mềm quản lý văn bản và điều "
                    "hành;</li><li>Ký số văn bản điện tử theo thẩm quyền; bảo quản thiết bị và mã PIN chữ ký "
                    "số;</li><li>Lập hồ sơ công việc điện tử và lưu trữ theo quy định;</li><li>Bảo đảm an "
                    "toàn thông tin: không chia sẻ tài khoản, cảnh giác với thư điện tử giả mạo.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Hỗ trợ kỹ thuật",
                    "text": (
                        "<p>Công chức gặp vướng mắc khi sử dụng phần mềm hoặc chữ ký số liên hệ Phòng Tài chính "
                        "doanh nghiệp - Tin học để được hỗ trợ.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "huong-dan-ho-so-quyet-toan-du-an-hoan-thanh-su-dung-von-dau-tu-cong",
        "title": "Hướng dẫn chủ đầu tư chuẩn bị hồ sơ quyết toán dự án hoàn thành sử dụng vốn đầu tư công",
        "date": "2023-10-16",
        "division": "tai-chinh-dau-tu",
        "areas": [2, 5],
        "lead": (
            "Nhằm rút ngắn thời gian thẩm tra, phê duyệt quyết toán, Phòng Tài chính đầu tư hướng "
            "dẫn các chủ đầu tư chuẩn bị đầy đủ hồ sơ quyết toán dự án hoàn thành theo Nghị định số "
            "99/2021/NĐ-CP của Chính phủ."
        ),
        "author_line": "Phòng Tài chính đầu tư",
        "tags": ["TTHC", "đầu tư công", "quyết toán"],
        "image": "mot-cua",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề một cửa, thủ tục hành chính: các vòng tròn và cột biểu "
            "đồ màu vàng nhạt trên nền xanh lục đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Quyết toán dự án hoàn thành sử dụng vốn đầu tư công là thủ tục hành chính có nhiều "
                    "thành phần hồ sơ. Qua theo dõi, một phần hồ sơ phải bổ sung do thiếu tài liệu hoặc số "
                    "liệu chưa khớp giữa các biểu mẫu, làm kéo dài thời gian giải quyết.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Lưu ý khi chuẩn bị hồ sơ",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Đối chiếu danh mục thành phần hồ sơ đã được công bố trong bộ thủ tục hành chính "
                    "trước khi nộp;</li><li>Bảo đảm số liệu trong báo cáo quyết toán khớp với số liệu thanh "
                    "toán, giải ngân;</li><li>Ưu tiên nộp hồ sơ và theo dõi tiến độ qua dịch vụ công trực "
                    "tuyến khi thủ tục được cung cấp trực tuyến;</li><li>Cử đầu mối phối hợp để trả lời kịp "
                    "thời yêu cầu giải trình trong quá trình thẩm tra.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Căn cứ",
                    "text": (
                        "<p>Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ quy định về quản lý, thanh "
                        "toán, quyết toán dự án sử dụng vốn đầu tư công.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Phòng Tài chính đầu tư sẵn sàng trao đổi trước với chủ đầu tư về những vướng mắc "
                    "trong hồ sơ, góp phần giảm số lần đi lại và nâng cao sự hài lòng của tổ chức khi giải "
                    "quyết thủ tục hành chính tại Sở.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "pho-bien-luat-gia-nam-2023",
        "title": "Phổ biến Luật Giá năm 2023 đến công chức và các cơ quan, đơn vị liên quan",
        "date": "2023-11-20",
        "division": "quan-ly-gia-cong-san",
        "areas": [1, 5],
        "lead": (
            "Phòng Quản lý giá và công sản phổ biến Luật Giá số 16/2023/QH15 được Quốc hội thông qua "
            "ngày 19/6/2023, có hiệu lực từ ngày 01/7/2024, để các cơ quan, đơn vị chủ động chuẩn bị "
            "triển khai."
        ),
        "author_line": "Phòng Quản lý giá và công sản",
        "tags": ["giá", "Luật Giá", "thể chế"],
        "image": "tap-huan",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề tập huấn, phổ biến: các vòng tròn và cột biểu đồ màu "
            "tím nhạt trên nền tím đậm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Luật Giá năm 2023 thay thế Luật Giá năm 2012, quy định về quyền, nghĩa vụ của tổ "
                    "chức, cá nhân trong lĩnh vực giá, thẩm định giá và hoạt động quản lý nhà nước về giá. "
                    "Việc phổ biến sớm nội dung Luật là một phần của nhiệm vụ cải cách thể chế, giúp công "
                    "chức và các đơn vị nắm chắc quy định mới trước khi Luật có hiệu lực.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Những nội dung được giới thiệu",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Phạm vi điều chỉnh và nguyên tắc quản lý, điều tiết giá;</li><li>Hàng hóa, dịch "
                    "vụ do Nhà nước định giá và thẩm quyền định giá;</li><li>Kê khai giá, niêm yết giá và "
                    "các biện pháp bình ổn giá;</li><li>Hoạt động thẩm định giá và cơ sở dữ liệu về "
                    "giá.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Văn bản quy định chi tiết",
                    "text": (
                        "<p>Luật Giá năm 2023 sẽ được hướng dẫn bởi các nghị định, thông tư quy định chi tiết. "
                        "Sở Tài chính sẽ tiếp tục cập nhật, đăng tải các văn bản này trên Cổng thông tin điện tử "
                        "của Sở khi được ban hành.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Trong thời gian Luật chưa có hiệu lực, các cơ quan, đơn vị tiếp tục thực hiện theo "
                    "quy định hiện hành về giá; mọi vướng mắc xin liên hệ Phòng Quản lý giá và công sản.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "cap-nhat-du-lieu-vao-co-so-du-lieu-quoc-gia-ve-tai-san-cong",
        "title": "Đôn đốc cập nhật dữ liệu vào Cơ sở dữ liệu quốc gia về tài sản công",
        "date": "2023-12-05",
        "division": "quan-ly-gia-cong-san",
        "areas": [5, 6],
        "lead": (
            "Sở Tài chính đề nghị các cơ quan, đơn vị được giao quản lý, sử dụng tài sản công cập "
            "nhật đầy đủ, kịp thời thông tin tài sản và biến động tài sản vào Cơ sở dữ liệu quốc gia "
            "về tài sản công."
        ),
        "author_line": "Phòng Quản lý giá và công sản",
        "tags": ["tài sản công", "cơ sở dữ liệu", "chuyển đổi số"],
        "image": "so-hoa",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề chuyển đổi số: các vòng tròn và cột biểu đồ màu xanh "
            "ngọc nhạt trên nền xanh chàm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Theo Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 và Nghị định số "
                    "151/2017/NĐ-CP của Chính phủ, thông tin về tài sản công phải được cập nhật vào Cơ sở dữ "
                    "liệu quốc gia về tài sản công. Dữ liệu đầy đủ, chính xác là cơ sở để quản lý, khai thác "
                    "tài sản công hiệu quả, đồng thời góp phần xây dựng chính quyền số trong lĩnh vực tài "
                    "chính.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Yêu cầu đối với các cơ quan, đơn vị",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Kê khai, cập nhật thông tin tài sản công khi có biến động như mua sắm, điều "
                    "chuyển, thanh lý;</li><li>Rà soát, đối chiếu dữ liệu trên phần mềm với sổ sách kế toán "
                    "tài sản của đơn vị;</li><li>Phân công người phụ trách cập nhật dữ liệu và bảo mật tài "
                    "khoản truy cập.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Thời hạn cập nhật",
                    "text": (
                        "<p>Thời hạn kê khai, cập nhật thực hiện theo quy định của Nghị định số 151/2017/NĐ-CP "
                        "và văn bản hướng dẫn của Bộ Tài chính. Đơn vị không cập nhật đúng hạn sẽ được nêu trong "
                        "báo cáo tình hình quản lý, sử dụng tài sản công.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2023-trien-khai-nhiem-vu-2024",
        "title": "Tổng kết công tác cải cách hành chính năm 2023, triển khai nhiệm vụ năm 2024",
        "date": "2024-01-18",
        "division": "van-phong",
        "areas": [2, 5, 6],
        "lead": (
            "Sở Tài chính tổng kết việc thực hiện công tác cải cách hành chính và Kế hoạch truyền "
            "thông về cải cách hành chính năm 2023, đồng thời xác định nhiệm vụ trọng tâm năm 2024."
        ),
        "author_line": "Văn phòng Sở",
        "tags": ["CCHC", "tổng kết", "kế hoạch 2024"],
        "image": "hop",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề họp, giao ban: các vòng tròn và cột biểu đồ màu vàng trên nền đỏ sẫm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Năm 2023, các hình thức tuyên truyền nêu trong Kế hoạch truyền thông về cải cách "
                    "hành chính của Sở đều được triển khai: tuyên truyền miệng qua học tập Nghị quyết, giao "
                    "ban, họp chi bộ, họp Đoàn thanh niên; đăng tải văn bản trên Cổng thông tin điện tử; tổ "
                    "chức tọa đàm; duy trì chuyên mục cải cách hành chính và phối hợp với cơ quan báo chí "
                    "của tỉnh.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Định hướng năm 2024",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Tiếp tục đẩy mạnh cải cách thủ tục hành chính, khuyến khích nộp hồ sơ trực "
                    "tuyến;</li><li>Thực hiện tốt các nhiệm vụ cải cách tài chính công: công khai ngân sách, "
                    "tự chủ tài chính của đơn vị sự nghiệp công lập, quản lý giá, tài sản "
                    "công;</li><li>Chuẩn bị triển khai Luật Giá năm 2023 có hiệu lực từ ngày "
                    "01/7/2024;</li><li>Đẩy mạnh xử lý văn bản điện tử, sử dụng chữ ký số và cập nhật cơ sở "
                    "dữ liệu chuyên ngành.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Cung cấp thông tin, tuyên truyền, phổ biến tới công chức và người lao động về công tác "
                        "cải cách hành chính của Trung ương và của tỉnh."
                    ),
                    "attribution": "Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở Tài chính",
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Kế hoạch năm 2024",
                    "text": (
                        "<p>Kế hoạch cải cách hành chính và Kế hoạch truyền thông năm 2024 của Sở sẽ được đăng "
                        "tải trên chuyên mục khi được ban hành.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "tiep-tuc-khuyen-khich-nop-ho-so-truc-tuyen-linh-vuc-tai-chinh-nam-2024",
        "title": (
            "Tiếp tục khuyến khích người dân, doanh nghiệp nộp hồ sơ trực tuyến trong lĩnh vực tài chính năm 2024"
        ),
        "date": "2024-02-26",
        "division": "tai-chinh-doanh-nghiep-tin-hoc",
        "areas": [2, 6],
        "lead": (
            "Năm 2024, Sở Tài chính tiếp tục rà soát các thủ tục hành chính thuộc thẩm quyền để cung "
            "cấp dịch vụ công trực tuyến, đồng thời hướng dẫn người dân, doanh nghiệp nộp hồ sơ và "
            "nhận kết quả trên môi trường điện tử."
        ),
        "author_line": "Phòng Tài chính doanh nghiệp - Tin học",
        "tags": ["dịch vụ công trực tuyến", "TTHC", "chuyển đổi số"],
        "image": "so-hoa",
        "image_alt": (
            "Hình minh họa trừu tượng chủ đề chuyển đổi số: các vòng tròn và cột biểu đồ màu xanh "
            "ngọc nhạt trên nền xanh chàm"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Tiếp nối kết quả năm 2023, Sở Tài chính xác định việc khuyến khích nộp hồ sơ trực "
                    "tuyến là nhiệm vụ thường xuyên, gắn với Đề án ban hành kèm theo Quyết định số "
                    "5299/QĐ-UBND ngày 30/12/2021 và Đề án ban hành kèm theo Quyết định số 4567/QĐ-UBND ngày "
                    "30/12/2022 của UBND tỉnh.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Hướng dẫn nhanh",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ol><li>Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện "
                    "tử;</li><li>Tìm thủ tục theo tên hoặc theo cơ quan thực hiện là Sở Tài chính tỉnh Bình "
                    "Định;</li><li>Điền tờ khai, đính kèm thành phần hồ sơ theo danh mục được công "
                    "bố;</li><li>Theo dõi trạng thái hồ sơ và nhận kết quả theo hình thức đã chọn.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Phân loại dịch vụ công trực tuyến",
                    "text": (
                        "<p>Theo Nghị định số 42/2022/NĐ-CP, dịch vụ công trực tuyến gồm dịch vụ công trực tuyến "
                        "toàn trình và dịch vụ công trực tuyến một phần. Danh mục cụ thể do cấp có thẩm quyền "
                        "công bố.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Người dùng cần hỗ trợ có thể liên hệ Bộ phận Một cửa hoặc Phòng Tài chính doanh "
                    "nghiệp - Tin học, Sở Tài chính.</p>"
                ),
            ),
        ],
    },
]

PLAN = {
    "title": "Kế hoạch truyền thông về cải cách hành chính năm 2023",
    "slug": "ke-hoach-truyen-thong-cchc-2023",
    "year": 2023,
    "basis": "Quyết định số 828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh Bình Định",
    "signer": "Nguyễn Thị Tuyết Mai",
    "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "recipients": "- Sở Thông tin và Truyền thông;\n- Sở Nội vụ;\n- Các phòng thuộc Sở;\n- Lưu: VT, VP.",
    "body": [
        (
            "paragraph",
            (
                "<p>Thực hiện Quyết định số 828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh về việc ban hành Kế "
                "hoạch truyền thông về công tác cải cách hành chính nhà nước trên địa bàn tỉnh Bình Định "
                "năm 2023, Sở Tài chính xây dựng Kế hoạch truyền thông về cải cách hành chính nhà nước "
                "năm 2023 của Sở như sau:</p>"
            ),
        ),
        (
            "heading",
            {
                "text": "I. MỤC ĐÍCH, YÊU CẦU",
                "level": "h2",
            },
        ),
        (
            "heading",
            {
                "text": "1. Mục đích",
                "level": "h3",
            },
        ),
        (
            "paragraph",
            (
                "<ul><li>Cung cấp thông tin, tuyên truyền, phổ biến tới công chức và người lao động về "
                "công tác cải cách hành chính của Trung ương và của tỉnh.</li><li>Nâng cao nhận thức, "
                "trách nhiệm của công chức và người lao động trong quá trình thực thi công vụ, giải "
                "quyết thủ tục hành chính, cung cấp dịch vụ công đối với người dân, tổ chức, doanh "
                "nghiệp; nâng cao sự hài lòng của người dân đối với sự phục vụ của cơ quan nhà "
                "nước.</li></ul>"
            ),
        ),
        (
            "heading",
            {
                "text": "2. Yêu cầu",
                "level": "h3",
            },
        ),
        (
            "paragraph",
            (
                "<p>Nội dung thông tin, tuyên truyền bám sát chỉ đạo của Chính phủ, các cơ quan Trung "
                "ương, các Chương trình, Kế hoạch của tỉnh về cải cách hành chính, lồng ghép với các nội "
                "dung tuyên truyền, phổ biến các chủ trương, chính sách của Đảng, pháp luật của nhà "
                "nước.</p><p>Hoạt động thông tin, tuyên truyền cải cách hành chính được tổ chức hiệu "
                "quả, thiết thực, kịp thời, thường xuyên; hình thức thông tin, tuyên truyền đa dạng, "
                "phong phú, phù hợp với nội dung tuyên truyền.</p>"
            ),
        ),
        (
            "heading",
            {
                "text": "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
                "level": "h2",
            },
        ),
        (
            "heading",
            {
                "text": "1. Nội dung",
                "level": "h3",
            },
        ),
        (
            "paragraph",
            (
                "<ul><li>Phổ biến, tuyên truyền các văn bản của Trung ương và của tỉnh về công tác cải "
                "cách hành chính (1).</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "kind": "info",
                "title": "(1) Các văn bản của Trung ương và của tỉnh về công tác cải cách hành chính",
                "text": (
                    "<p>Nghị quyết số 27-NQ/TW ngày 09 tháng 11 năm 2022 tại Hội nghị lần thứ sáu Ban Chấp "
                    "hành Trung ương Đảng khóa XIII và Chương trình hành động của Chính phủ thực hiện Nghị "
                    "quyết “về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam "
                    "trong giai đoạn mới”; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành "
                    "Chương trình tổng thể CCHC giai đoạn 2021-2030; Chương trình hành động số 09-CTr/TU "
                    "ngày 14/5/2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh, Nghị quyết Đại "
                    "hội Đảng toàn quốc lần thứ XIII về cải cách hành chính, trọng tâm là tiếp tục đẩy mạnh "
                    "cải cách thủ tục hành chính, giai đoạn 2020-2025; Quyết định số 3809/QĐ-UBND ngày "
                    "14/9/2021 của Ủy ban nhân dân tỉnh Ban hành Kế hoạch thực hiện Nghị quyết số 76/NQ-CP "
                    "ngày 15/7/2021 của Chính phủ và Chương trình hành động số 09-CTr/TU ngày 14/5/2021 của "
                    "Tỉnh ủy thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh, Nghị quyết Đại hội Đảng toàn quốc "
                    "lần thứ XIII về cải cách hành chính, trọng tâm là tiếp tục đẩy mạnh cải cách thủ tục "
                    "hành chính giai đoạn 2020 – 2025; Đề án “Đổi mới và nâng cao chất lượng phục vụ người "
                    "dân, doanh nghiệp trong giải quyết thủ tục hành chính trên địa bàn tỉnh Bình Định” ban "
                    "hành kèm theo Quyết định số 4567/QĐ-UBND ngày 30 tháng 12 năm 2022 của Ủy ban nhân dân "
                    "tỉnh và Đề án “Phát huy vai trò của đoàn viên, thanh niên trong việc thực hiện Dịch vụ "
                    "công trực tuyến mức độ 3, mức độ 4 giai đoạn 2022 – 2027” ban hành kèm theo Quyết định "
                    "số 5299/QĐ-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh; Quyết định số "
                    "828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh về việc ban hành Kế hoạch truyền thông về công "
                    "tác cải cách hành chính nhà nước trên địa bàn tỉnh Bình Định năm 2023…</p>"
                ),
            },
        ),
        (
            "paragraph",
            "<ul><li>Tuyên truyền các nội dung khác có liên quan đến công tác cải cách hành chính (2).</li></ul>",
        ),
        (
            "callout",
            {
                "kind": "info",
                "title": "(2) Các nội dung khác có liên quan đến công tác cải cách hành chính",
                "text": (
                    "<p>Thông tin đầy đủ, liên tục quá trình thực hiện các nhiệm vụ của công tác cải cách "
                    "hành chính của tỉnh; các kết quả nổi bật trong công tác cải cách hành chính của tỉnh "
                    "trên các lĩnh vực; kết quả thực hiện các Chương trình, kế hoạch, Đề án, dự án, nhiệm vụ "
                    "về cải cách hành chính. Thông tin đầy đủ kết quả các Chỉ số cải cách hành chính (PAR "
                    "INDEX), Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan nhà nước (SEPAS), "
                    "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI); Chỉ số Năng lực cạnh tranh "
                    "cấp tỉnh (PCI); Chỉ số sẵn sàng ứng dụng CNTT (ICT) và các chỉ số khác về đo lường tính "
                    "hiệu quả của hoạt động chính quyền cấp tỉnh. Thông tin kết quả các chỉ số đánh giá, kết "
                    "quả xếp loại thi đua của các sở, ban, ngành; các đơn vị sự nghiệp và các địa phương "
                    "trực thuộc tỉnh…</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": "2. Hình thức",
                "level": "h3",
            },
        ),
        (
            "paragraph",
            (
                "<ul><li>Tuyên truyền miệng thông qua các buổi học Nghị quyết, các buổi họp giao ban, "
                "họp chi bộ, họp Đoàn thanh niên hàng tháng.</li><li>Đăng tải các văn bản của Trung ương "
                "và của tỉnh về công tác cải cách hành chính trên Cổng thông tin điện tử của "
                "Sở.</li><li>Tổ chức các buổi tọa đàm về công tác cải cách hành chính của tỉnh và của "
                "Sở.</li><li>Tiếp tục xây dựng và củng cố chuyên mục về cải cách hành chính trên cổng "
                "thông tin điện tử của Sở; viết các tin, bài đăng trên trang thông tin điện tử của cơ "
                "quan; phối hợp với Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định đưa tin, bài "
                "viết về công tác CCHC.</li></ul>"
            ),
        ),
        (
            "heading",
            {
                "text": "III. KINH PHÍ THỰC HIỆN",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            "<p>Kinh phí tuyên truyền về cải cách hành chính được sử dụng từ ngân sách nhà nước cấp cho cơ quan.</p>",
        ),
        (
            "heading",
            {
                "text": "IV. TỔ CHỨC THỰC HIỆN",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            (
                "<ol><li>Các phòng thuộc Sở có trách nhiệm tuyên truyền, phổ biến nhằm nâng cao nhận "
                "thức, trách nhiệm của công chức và người lao động trong phòng mình về công tác cải cách "
                "hành chính.</li><li>Giao phòng Tài chính doanh nghiệp - Tin học chủ trì, phối hợp với "
                "các phòng thuộc Sở đăng tin bài về thực hiện công tác cải cách hành chính trên Cổng "
                "thông tin điện tử của Sở.</li><li>Giao Văn phòng Sở chủ trì, phối hợp với các phòng "
                "thực hiện tốt các nội dung trong kế hoạch này. Đồng thời, thường xuyên theo dõi, kiểm "
                "tra và tổng hợp báo cáo định kỳ hàng quý, 6 tháng, một năm về tình hình thực hiện cải "
                "cách hành chính của Sở./.</li></ol>"
            ),
        ),
    ],
    "en": {
        "title": "Communication plan on administrative reform, 2023",
        "slug": "communication-plan-2023",
        "body": [
            (
                "paragraph",
                (
                    "<p>Implementing Decision No. 828/QĐ-UBND of 19 March 2023 of the Provincial People's "
                    "Committee issuing the 2023 communication plan on state administrative reform in Binh "
                    "Dinh province, the Department of Finance sets out its own 2023 communication plan on "
                    "state administrative reform as follows:</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "I. PURPOSE AND REQUIREMENTS",
                    "level": "h2",
                },
            ),
            (
                "heading",
                {
                    "text": "1. Purpose",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>To inform civil servants and employees about, and disseminate, the "
                    "administrative reform work of the central government and the province.</li><li>To raise "
                    "the awareness and responsibility of civil servants and employees in performing public "
                    "duties, handling administrative procedures and providing public services to citizens, "
                    "organisations and businesses; and to increase citizens' satisfaction with the services "
                    "of state agencies.</li></ul>"
                ),
            ),
            (
                "heading",
                {
                    "text": "2. Requirements",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Information and communication content closely follows the direction of the "
                    "Government, central agencies and the province's programmes and plans on administrative "
                    "reform, and is combined with communicating the policies of the Party and the laws of "
                    "the State.</p><p>Information and communication on administrative reform is carried out "
                    "effectively, practically, promptly and regularly, in varied and rich forms suited to "
                    "the content.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "II. CONTENT AND FORMS OF COMMUNICATION",
                    "level": "h2",
                },
            ),
            (
                "heading",
                {
                    "text": "1. Content",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                "<ul><li>Disseminating central and provincial documents on administrative reform (1).</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "(1) Central and provincial documents on administrative reform",
                    "text": (
                        "<p>Resolution No. 27-NQ/TW of 9 November 2022 of the sixth plenum of the 13th Party "
                        "Central Committee, and the Government's action programme implementing that resolution "
                        "“on continuing to build and perfect the socialist rule-of-law State of Vietnam in the "
                        "new period”; Government Resolution No. 76/NQ-CP of 15 July 2021 issuing the master "
                        "programme of state administrative reform for 2021-2030; Action Programme No. 09-CTr/TU "
                        "of 14 May 2021 of the Provincial Party Committee implementing the resolutions of the "
                        "20th Provincial Party Congress and the 13th National Party Congress on administrative "
                        "reform, focused on further reform of administrative procedures, 2020-2025; Decision No. "
                        "3809/QĐ-UBND of 14 September 2021 of the Provincial People's Committee issuing the plan "
                        "to implement Government Resolution No. 76/NQ-CP of 15 July 2021 and Action Programme "
                        "No. 09-CTr/TU of 14 May 2021 of the Provincial Party Committee on administrative "
                        "reform, focused on further reform of administrative procedures, 2020–2025; the project "
                        "“Renewing and improving the quality of service to citizens and businesses in handling "
                        "administrative procedures in Binh Dinh province”, issued with Decision No. 4567/QĐ-UBND "
                        "of 30 December 2022 of the Provincial People's Committee, and the project “Promoting "
                        "the role of youth union members in online public services at levels 3 and 4, "
                        "2022–2027”, issued with Decision No. 5299/QĐ-UBND of 30 December 2021 of the Provincial "
                        "People's Committee; Decision No. 828/QĐ-UBND of 19 March 2023 of the Provincial "
                        "People's Committee issuing the 2023 communication plan on state administrative reform "
                        "in Binh Dinh province…</p>"
                    ),
                },
            ),
            (
                "paragraph",
                "<ul><li>Communicating other matters related to administrative reform (2).</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "(2) Other matters related to administrative reform",
                    "text": (
                        "<p>Full and continuous information on how the province carries out its administrative "
                        "reform tasks; the province's main achievements in administrative reform in each field; "
                        "the results of programmes, plans, projects and tasks on administrative reform. Full "
                        "information on the results of the Administrative Reform Index (PAR INDEX), the index of "
                        "citizens' satisfaction with the services of state agencies (SEPAS), the Provincial "
                        "Governance and Public Administration Performance Index (PAPI), the Provincial "
                        "Competitiveness Index (PCI), the ICT readiness index (ICT) and other indices measuring "
                        "the effectiveness of provincial government. Information on the results of assessment "
                        "indices and emulation rankings of provincial departments and agencies, public service "
                        "providers and localities of the province…</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": "2. Forms",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<ul><li>Oral communication at resolution-study sessions, staff briefings, and monthly "
                    "party-cell and youth-union meetings.</li><li>Posting central and provincial documents "
                    "on administrative reform on the Department's web portal.</li><li>Holding seminars on "
                    "the administrative reform work of the province and of the "
                    "Department.</li><li>Continuing to build and strengthen the administrative reform column "
                    "on the Department's web portal; writing news and articles for the agency's website; "
                    "working with Binh Dinh Radio and Television and Binh Dinh Newspaper to publish news and "
                    "articles on administrative reform.</li></ul>"
                ),
            ),
            (
                "heading",
                {
                    "text": "III. FUNDING",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Communication on administrative reform is funded from the state budget allocated to "
                    "the Department.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "IV. IMPLEMENTATION",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ol><li>Each division of the Department is responsible for communicating with and "
                    "informing its civil servants and employees so as to raise their awareness and "
                    "responsibility for administrative reform.</li><li>The Enterprise Finance and "
                    "Information Technology Division leads, in coordination with the other divisions, the "
                    "posting of news and articles on administrative reform on the Department's web "
                    "portal.</li><li>The Department Office leads, in coordination with the divisions, the "
                    "implementation of this plan, and regularly monitors and checks it and compiles the "
                    "quarterly, six-month and annual reports on the Department's administrative "
                    "reform.</li></ol>"
                ),
            ),
        ],
    },
}

HOME = {
    "title": "Trang chủ",
    "intro": (
        "<p>Chào mừng bạn đến với chuyên mục Cải cách hành chính của Sở Tài chính tỉnh Bình "
        "Định. Chuyên mục cung cấp tin, bài về công tác cải cách hành chính của Sở, các văn bản "
        "của Trung ương và của tỉnh về cải cách hành chính, thông tin về thủ tục hành chính, "
        "dịch vụ công trực tuyến trong lĩnh vực tài chính và kết quả các chỉ số đã được công "
        "bố.</p>"
    ),
    "en": {
        "title": "Home",
        "intro": (
            "<p>Welcome to the administrative reform column of the Department of Finance of Binh "
            "Dinh Province. Here you will find news and articles on the Department's administrative "
            "reform work, central and provincial documents on administrative reform, information on "
            "administrative procedures and online public services in the finance sector, and the "
            "published results of reform indices.</p>"
        ),
    },
}

COLUMN = {
    "title": "Cải cách hành chính",
    "slug": "cai-cach-hanh-chinh",
    "intro": (
        "<p>Chuyên mục được xây dựng theo Kế hoạch truyền thông về cải cách hành chính năm 2023 "
        "của Sở Tài chính. Tin, bài được sắp xếp theo sáu nội dung của Chương trình tổng thể cải "
        "cách hành chính nhà nước giai đoạn 2021 - 2030 (Nghị quyết số 76/NQ-CP): cải cách thể "
        "chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách "
        "chế độ công vụ; cải cách tài chính công; xây dựng và phát triển Chính phủ điện tử, "
        "Chính phủ số.</p>"
    ),
    "en": {
        "title": "Administrative reform",
        "slug": "administrative-reform",
        "intro": (
            "<p>This column was set up under the Department of Finance's 2023 communication plan on "
            "administrative reform. News and articles are grouped by the six areas of the master "
            "programme of state administrative reform for 2021–2030 (Government Resolution No. "
            "76/NQ-CP): institutional reform; administrative procedure reform; reform of the state "
            "administrative apparatus; civil service reform; public finance reform; and e-government "
            "and digital government.</p>"
        ),
    },
}

NEWS_INDEX = {
    "title": "Tin, bài",
    "slug": "tin-bai",
    "intro": (
        "<p>Tin, bài về hoạt động cải cách hành chính của Sở Tài chính do các phòng thuộc Sở "
        "biên soạn, Phòng Tài chính doanh nghiệp - Tin học đăng tải. Có thể lọc theo nội dung "
        "cải cách, theo phòng hoặc tìm theo từ khóa.</p>"
    ),
    "en": {
        "title": "News and articles",
        "slug": "news",
        "intro": (
            "<p>News and articles on the Department of Finance's administrative reform work, written "
            "by its divisions and posted by the Enterprise Finance and Information Technology "
            "Division. Filter by reform area or division, or search by keyword.</p>"
        ),
    },
}

ABOUT = {
    "title": "Giới thiệu Sở Tài chính",
    "slug": "gioi-thieu",
    "functions": (
        "<p>Sở Tài chính là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham "
        "mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tài chính, ngân sách nhà nước; thuế, "
        "phí, lệ phí và thu khác của ngân sách nhà nước; tài sản công; các quỹ tài chính nhà "
        "nước; đầu tư tài chính; tài chính doanh nghiệp; kế toán; kiểm toán độc lập; giá và các "
        "hoạt động dịch vụ tài chính tại địa phương theo quy định của pháp luật.</p><p>Sở có tư "
        "cách pháp nhân, con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên "
        "chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm "
        "tra về chuyên môn, nghiệp vụ của Bộ Tài chính.</p>"
    ),
    "leadership": (
        "<p>Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở do Phó Giám đốc Nguyễn "
        "Thị Tuyết Mai ký (KT. Giám đốc). Danh sách đầy đủ Ban Giám đốc Sở và lĩnh vực phụ trách "
        "do Văn phòng Sở cập nhật, quản lý.</p>"
    ),
    "structure_intro": (
        "<p>Cơ cấu tổ chức của Sở gồm Văn phòng Sở, Thanh tra Sở và các phòng chuyên môn, nghiệp "
        "vụ. Thông tin dưới đây trình bày theo tổ chức năm 2023 được nêu trong Kế hoạch truyền "
        "thông về cải cách hành chính của Sở và được cập nhật khi tổ chức bộ máy thay đổi.</p>"
    ),
    "en": {
        "title": "About the Department of Finance",
        "slug": "about",
        "functions": (
            "<p>The Department of Finance is a specialised agency of the Provincial People's "
            "Committee. It advises and assists the Committee in the state management of finance and "
            "the state budget; taxes, fees, charges and other budget revenue; public assets; state "
            "financial funds; financial investment; enterprise finance; accounting; independent "
            "audit; prices; and financial services in the province, as provided by law.</p><p>The "
            "Department has legal personality, its own seal and accounts. It is directed and managed "
            "by the Provincial People's Committee as regards organisation, staffing and work, and is "
            "directed, guided and inspected by the Ministry of Finance on professional matters.</p>"
        ),
        "leadership": (
            "<p>The Department's 2023 communication plan on administrative reform was signed by "
            "Deputy Director Nguyễn Thị Tuyết Mai on behalf of the Director. The full list of the "
            "Department's leadership and their areas of responsibility is maintained by the "
            "Department Office.</p>"
        ),
        "structure_intro": (
            "<p>The Department consists of the Department Office, the Inspectorate and specialised "
            "divisions. The information below follows the 2023 organisation named in the "
            "Department's communication plan on administrative reform and is updated whenever the "
            "organisation changes.</p>"
        ),
    },
}
