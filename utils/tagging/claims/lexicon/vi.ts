/**
 * Vietnamese claim cues. "sẽ" marks the future; "nên" is "should" except in "cho nên"/"vì vậy nên"
 * (so); "không gian", "không khí" are nouns, not negation.
 */
import { previousWord } from './context';
import { cues, mergeEntries, type Lexicon, type SenseCheck } from './types';

/** "nên" is "should" unless it means "so" after cho / vậy / thế / đó. */
const nenIsShould: SenseCheck = (text, start) => !['cho', 'vậy', 'thế', 'đó', 'nên'].includes(previousWord(text, start));

/** "theo" reports a source only before a name ("theo Arthur Hayes"), not "theo dõi" or "tiếp theo". */
const sourceFollows: SenseCheck = (text, _start, end) => /^\s+[A-ZĐÀ-Ỹ]/.test(text.slice(end, end + 3));

const forecast = { evidence: 'forecast' as const };
const hedge = { evidence: 'forecast' as const, weight: 1.5 };
const weakForecast = { evidence: 'forecast' as const, weight: 1 };
const opinion = { evidence: 'opinion' as const, firstPerson: true };
const normative = { evidence: 'opinion' as const, weight: 1.5 };
const evaluative = { evidence: 'evaluative' as const };
const report = { evidence: 'report' as const };
const fact = { evidence: 'fact' as const };
const up = { polarity: 'up' as const };
const down = { polarity: 'down' as const };
const negator = { negates: true };

export const vi: Lexicon = {
  lang: 'vi',
  wordBoundaries: true,
  negationScope: 'before',
  entries: mergeEntries(
    cues(forecast, 'sẽ', 'dự kiến', 'dự báo', 'dự đoán', 'kỳ vọng', 'kì vọng', 'nhiều khả năng', 'khả năng cao', 'hứa hẹn', 'rồi sẽ', 'chắc sẽ', 'ước tính', 'triển vọng', 'sắp', 'sắp tới'),
    cues(hedge, 'có thể', 'có lẽ', 'có khả năng', 'khả năng', 'tiềm năng'),
    cues(weakForecast, 'trong tương lai', 'tương lai', 'năm tới', 'năm sau', 'tới đây', 'sớm', 'xu hướng', 'kế hoạch'),
    cues(opinion, 'tôi nghĩ', 'tôi tin', 'tôi cho rằng', 'theo tôi', 'theo quan điểm của tôi', 'quan điểm của tôi', 'tôi thấy', 'tôi tin rằng', 'chúng tôi tin', 'chúng tôi cho rằng', 'tôi dự đoán', 'tôi kỳ vọng', 'cá nhân tôi', 'tôi chắc chắn', 'tôi tin chắc', 'chắc chắn', 'rõ ràng', 'thực sự', 'thật sự', 'không nghi ngờ gì', 'hiển nhiên', 'đương nhiên', 'thực tế', 'tôi lạc quan', 'tôi bi quan'),
    cues({ ...opinion, negatesClause: true }, 'tôi không nghĩ', 'tôi không tin'),
    cues({ evidence: 'opinion', reports: true, negatesClause: true }, 'không nghĩ', 'không tin rằng', 'không cho rằng'),
    cues({ ...normative, sense: nenIsShould }, 'nên'),
    cues(normative, 'cần phải', 'cần', 'phải'),
    cues(evaluative, 'quan trọng', 'then chốt', 'cốt lõi', 'chủ chốt', 'lớn nhất', 'nhất', 'rất', 'cực kỳ', 'vô cùng', 'khổng lồ', 'to lớn', 'đáng kể', 'cơ bản', 'căn bản', 'thiết yếu', 'cách mạng', 'đột phá', 'vấn đề', 'rủi ro', 'cơ hội', 'bong bóng', 'sai lầm', 'khó khăn', 'dễ dàng', 'quá', 'định giá thấp', 'định giá cao', 'mạnh mẽ', 'yếu', 'duy nhất', 'chủ đạo', 'bước ngoặt', 'chưa từng có', 'không thể phủ nhận'),
    cues(report, 'cho biết', 'cho rằng', 'nhận định', 'nói', 'phát biểu', 'khẳng định', 'nhấn mạnh', 'tin rằng', 'chia sẻ', 'tuyên bố', 'cảnh báo', 'viết', 'lưu ý', 'giải thích', 'nhận xét'),
    cues({ ...report, sense: sourceFollows }, 'theo'),
    cues(fact, 'liên tiếp', 'gấp đôi', 'một nửa', 'một phần ba', 'hai phần ba', 'một phần tư', 'mức cao nhất', 'cao nhất mọi thời đại', 'kỷ lục', 'lần đầu tiên', 'đầu tiên', 'tỷ', 'triệu', 'nghìn tỷ', 'ngàn tỷ', 'đô la', 'phần trăm', 'gấp', 'xếp hạng', 'phê duyệt', 'niêm yết', 'mua lại', 'huy động', 'gọi vốn', 'vốn hóa', 'khối lượng', 'nắm giữ'),
    cues({ against: 'narration' }, 'trong tập này', 'tập này', 'bài viết này', 'trong bài viết', 'hôm nay chúng ta', 'hôm nay tôi muốn', 'chúng ta sẽ cùng', 'hãy cùng', 'sau đây là', 'dưới đây là', 'dưới đây', 'giới thiệu', 'podcast này', 'toàn văn'),
    cues({ against: 'greeting' }, 'cảm ơn', 'xin cảm ơn', 'xin chào', 'chào mừng', 'chào bạn', 'hẹn gặp lại', 'rất vui'),
    cues({ against: 'instruction' }, 'nhấp', 'theo dõi', 'đăng ký', 'tải xuống', 'tham gia'),
    cues(up, 'cắt giảm lãi suất', 'hưởng lợi', 'quay lại', 'thu hút', 'lớn nhất', 'hàng đầu', 'tăng', 'tăng giá', 'tăng trưởng', 'tăng mạnh', 'bứt phá', 'phục hồi', 'hồi phục', 'đỉnh mới', 'lập đỉnh', 'vượt', 'vượt qua', 'tích cực', 'lạc quan', 'bùng nổ', 'dòng tiền vào', 'chấp nhận', 'mở rộng', 'khởi sắc', 'thăng hoa'),
    cues(down, 'tập trung vào bitcoin', 'rủi ro', 'chậm lại', 'giảm', 'giảm giá', 'giảm mạnh', 'sụp đổ', 'lao dốc', 'rơi', 'mất giá', 'tiêu cực', 'bi quan', 'bán tháo', 'điều chỉnh', 'thanh lý', 'phá sản', 'thất bại', 'suy thoái', 'sụt', 'lỗ', 'dòng tiền ra', 'thu hẹp', 'rủi ro'),
    cues({ polarity: 'bullThing' }, 'thị trường bò', 'thị trường tăng giá', 'chu kỳ tăng', 'xu hướng tăng', 'mùa altcoin', 'bull run', 'chu kỳ tăng giá'),
    cues({ polarity: 'bearThing' }, 'thị trường gấu', 'thị trường giảm giá', 'mùa đông tiền điện tử', 'mùa đông crypto', 'mùa đông', 'bong bóng', 'khủng hoảng', 'xu hướng giảm'),
    cues({ polarity: 'end' }, 'kết thúc', 'chấm dứt', 'đã qua', 'qua rồi', 'đã hết'),
    cues(negator, 'không', 'chưa', 'chẳng', 'chả', 'đừng', 'không hề', 'chẳng hề', 'chưa hề', 'khó', 'loại trừ', 'tránh', 'ngừng'),
    // "chủ yếu" (mainly) holds no "yếu" (weak), "không phải là" (is not) no "phải" (must).
    cues({ blocker: true }, 'chủ yếu', 'phải là', 'không phải'),
    cues(weakForecast, 'cam kết'),
    cues(fact, 'phần lớn'),
    cues({ against: 'narration' }, 'tôi bắt đầu làm', 'tôi bắt đầu sự nghiệp'),
    cues({ against: 'instruction' }, 'hãy', 'đường link', 'phần mô tả'),
    cues({ blocker: true }, 'không chỉ', 'không ngừng', 'không gian', 'không khí', 'tiếp theo', 'theo dõi', 'phải không', 'phải chăng', 'bên phải', 'khó khăn', 'không thể phủ nhận', 'chưa từng có', 'cho nên'),
    cues({ reports: true }, 'dự đoán', 'dự báo', 'kỳ vọng', 'ước tính', 'cho rằng', 'cho biết', 'theo'),
    cues({ time: true }, 'năm', 'tháng', 'tuần', 'quý', 'thập kỷ', 'thập niên', 'dài hạn', 'ngắn hạn', 'trung hạn', 'sắp', 'tương lai', 'thời gian'),
    cues({ pronoun: true }, 'nó', 'này', 'đó', 'họ', 'công ty này', 'dự án này', 'token này', 'đồng tiền này'),
  ),
};
