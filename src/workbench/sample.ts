/**
 * The sample workbook the workbench opens: a "Biểu số 1" indicator review
 * sheet modelled on the Tiền Giang 2018 report (figures from its text), a
 * public investment plan and a key-task appendix modelled on the Hà Tĩnh
 * reports, each with a few of the slips planners make, and a sheet that is
 * no standard sheet.
 */
import type { CellStyleInit, WorkbookInit } from '../host/memory/types';
import { cellAddress, parseRange } from './a1';

const N = null;

/**
 * Formats as a planner's sheet has them: `titles` (A1 addresses) bold and
 * centred, the first `headerRows` rows of the table `area` bold, centred
 * and wrapped, and `extra` on top. (No borders: with the table's right
 * edge bordered, Tính toán then Hoàn tác leaves that edge stored on the
 * first computed column, which then counts as used.)
 */
function looks(area: string, headerRows: number, titles: string[], extra: Record<string, CellStyleInit> = {}): Record<string, CellStyleInit> {
  const out: Record<string, CellStyleInit> = {};
  for (const a of titles) out[a] = { bold: true, horizontal: 'Center', wrap: true };
  const t = parseRange(area)!;
  for (let r = t.top; r < t.top + headerRows; r++) {
    for (let c = t.left; c <= t.right; c++) out[cellAddress(r, c)] = { bold: true, horizontal: 'Center', vertical: 'Center', wrap: true };
  }
  for (const [a, style] of Object.entries(extra)) out[a] = { ...out[a], ...style };
  return out;
}

export const SAMPLE_SHEET = 'Biểu số 1';

export const sampleWorkbook: WorkbookInit = {
  active: SAMPLE_SHEET,
  sheets: [
    {
      name: SAMPLE_SHEET,
      values: [
        ['Biểu số 1', N, N, N, N, N, N, N, N, N, N],
        ['RÀ SOÁT CÁC CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2019', N, N, N, N, N, N, N, N, N, N],
        ['(Kèm theo Báo cáo số      /BC-STTTT ngày     /10/2018 của Sở Thông tin và Truyền thông)', N, N, N, N, N, N, N, N, N, N],
        [
          'STT',
          'Chỉ tiêu',
          'Đơn vị tính',
          'Thực hiện năm 2017',
          'Kế hoạch năm 2018',
          'Ước thực hiện năm 2018',
          'Kế hoạch năm 2019',
          'So sánh (%)',
          N,
          N,
          'Ghi chú',
        ],
        [N, N, N, N, N, N, N, 'ƯTH 2018/KH 2018', 'ƯTH 2018/TH 2017', 'KH 2019/ƯTH 2018', N],
        [1, 2, 3, 4, 5, 6, 7, '8=6/5', '9=6/4', '10=7/6', 11],
        ['I', 'BƯU CHÍNH, VIỄN THÔNG, INTERNET', N, N, N, N, N, N, N, N, N],
        [1, 'Tổng doanh thu', 'Tỷ đồng', 2430, 1944, 2430, 2400, 125, 100, N, N],
        ['-', 'Doanh thu khối bưu chính', 'Tỷ đồng', 150, 160, 180, 180, N, N, N, N],
        ['-', 'Doanh thu khối viễn thông', 'Tỷ đồng', 2280, 1784, 2250, 2220, N, N, N, N],
        [2, 'Bán kính phục vụ bình quân', 'km/điểm', 2.17, 2.16, 2.15, 2.14, N, N, N, 'Thấp hơn là tốt'],
        [3, 'Số dân phục vụ bình quân', 'người/điểm', 10300, 10250, 10236, 10200, N, N, N, N],
        [4, 'Tổng số thuê bao điện thoại', 'Thuê bao', 112000, 114000, 115644, 117000, N, N, N, N],
        [5, 'Mật độ điện thoại', 'TB/100 dân', 6.5, 6.6, 6.65, 6.39, N, N, N, N],
        [6, 'Tổng số thuê bao Internet', 'Thuê bao', 180500, 185000, 188732, 195000, N, N, N, N],
        [7, 'Mật độ thuê bao Internet', 'TB/100 dân', 10.4, '10.7', 11, 11.5, N, N, N, N],
        ['II', 'CÔNG NGHỆ THÔNG TIN', N, N, N, N, N, N, N, N, N],
        [8, 'Xếp hạng chỉ số ICT-Index', 'Hạng', '9/63', '8/63', '7/63', '7/63', N, N, N, N],
        [9, 'Tỷ lệ dịch vụ công trực tuyến mức độ 3', '%', 40, 45, 49, 55, N, N, N, N],
        [10, 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', N, 10, 12, '12,3', 15, N, N, N, N],
      ],
      merges: ['A2:K2', 'A3:K3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:J4', 'K4:K5'],
      // Points, as Excel keeps them (48 is its default).
      columnWidths: [30, 210, 66, 66, 66, 66, 66, 66, 66, 66, 84],
      styles: looks('A4:K20', 2, ['A2'], {
        A1: { bold: true, horizontal: 'Left', wrap: false },
        A3: { italic: true, horizontal: 'Center' },
        ...Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => [`${c}6`, { italic: true, horizontal: 'Center' }])),
        A7: { bold: true },
        B7: { bold: true },
        A17: { bold: true },
        B17: { bold: true },
      }),
    },
    {
      name: 'Đầu tư công',
      values: [
        ['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2019 NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG', N, N, N, N, N, N, N, N, N, N, N],
        ['Đơn vị tính: triệu đồng', N, N, N, N, N, N, N, N, N, N, N],
        [
          'TT',
          'Danh mục dự án',
          'Địa điểm XD',
          'Thời gian KC-HT',
          'Quyết định đầu tư',
          N,
          N,
          N,
          'Lũy kế vốn đã bố trí đến hết năm 2018',
          'Kế hoạch năm 2019',
          'Giải ngân đến 30/9/2019',
          'Ghi chú',
        ],
        [N, N, N, N, 'Số, ngày', 'Tổng mức đầu tư', N, N, N, N, N, N],
        [N, N, N, N, N, 'Tổng số', 'Trong đó: NSTW', 'NS tỉnh', N, N, N, N],
        [N, 'TỔNG SỐ', N, N, N, 25652, 10689, 14963, 15100, 6300, 4100, N],
        ['A', 'CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA', N, N, N, 12189, 10689, 1500, 8000, 2300, 1500, N],
        [1, 'Truyền thanh cơ sở xã Kỳ Tân', 'Kỳ Anh', '2017-2019', '1234/QĐ-UBND, 10/5/2017', 4689, 3689, 1000, 3000, 1200, 900, N],
        [2, 'Truyền thanh cơ sở xã Sơn Kim 1', 'Hương Sơn', '2018-2020', '456/QĐ-UBND, 02/3/2018', 7500, 7000, 500, 5000, 1100, 1300, N],
        ['B', 'NGÂN SÁCH TỈNH', N, N, N, 13463, 0, 13463, 7100, 4000, 2600, N],
        [1, 'Nâng cấp Cổng thông tin điện tử tỉnh', 'TP Hà Tĩnh', '2018-2019', '789/QĐ-UBND, 20/4/2018', 5463, 0, 5463, 4100, 1500, 1000, N],
        [2, 'Trung tâm dữ liệu tỉnh', 'TP Hà Tĩnh', '2018-2020', '790/QĐ-UBND, 20/4/2018', 8000, 0, 8000, 3000, 2500, 1600, N],
      ],
      merges: ['A1:L1', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:D5', 'E3:H3', 'E4:E5', 'F4:H4', 'I3:I5', 'J3:J5', 'K3:K5', 'L3:L5'],
      columnWidths: [26, 190, 70, 62, 120, 62, 62, 62, 80, 70, 80, 50],
      styles: looks('A3:L12', 3, ['A1'], {
        A2: { italic: true },
        B6: { bold: true },
        A7: { bold: true },
        B7: { bold: true },
        A10: { bold: true },
        B10: { bold: true },
      }),
    },
    {
      name: 'Nhiệm vụ',
      values: [
        ['PHỤ LỤC', N, N, N, N, N],
        ['MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2021-2025', N, N, N, N, N],
        ['TT', 'Chương trình, đề án, chính sách, nhiệm vụ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'Đơn vị chủ trì', 'Ghi chú'],
        [1, 'Triển khai Nền tảng tích hợp và chia sẻ dùng chung cấp tỉnh - LGSP', 'Tháng 7/2020', 'Tháng 12/2021', 'Sở Thông tin và Truyền thông', N],
        [2, 'Triển khai DVC TT mức độ 4 của 50% TTHC toàn tỉnh', 'Tháng 5/2021', 'Tháng 5/2025', 'Văn phòng UBND tỉnh', N],
        [3, 'Hình thành Hiệp hội Doanh nghiệp số', 'Quý II/2021', 'Tháng 3/2021', 'Sở Thông tin và Truyền thông', N],
        [4, 'Xây dựng hệ thống wifi free tại các khu du lịch', 'Tháng 13/2021', 'Tháng 9/2022', N, N],
      ],
      merges: ['A1:F1', 'A2:F2'],
      columnWidths: [26, 280, 84, 84, 170, 60],
      styles: looks('A3:F7', 1, ['A1', 'A2']),
    },
    {
      name: 'Danh bạ',
      values: [
        ['Họ và tên', 'Chức vụ', 'Điện thoại', 'Email'],
        ['Nguyễn Văn A', 'Trưởng phòng', '0273 3 872 000', 'a@example.vn'],
        ['Trần Thị B', 'Chuyên viên', '0273 3 872 001', 'b@example.vn'],
      ],
      columnWidths: [110, 90, 96, 110],
      styles: { A1: { bold: true }, B1: { bold: true }, C1: { bold: true }, D1: { bold: true } },
    },
  ],
};
