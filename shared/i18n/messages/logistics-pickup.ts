/** Messages of the logistics checks added in issue 15: pickup shown and marked, the order looked up, the taskbar clock. */
export const logisticsPickup = {
  'zh-CN': {
    'evidence.logistics.pickupNotShown':
      '截图中没有看到揽收事件（如“已揽收”“揽收时间”）。平台要求物流轨迹截图显示非 JIT 订单的揽收时间：请展开完整的物流轨迹，让揽收那一条出现在画面中后重新截图。',
    'evidence.logistics.orderIsJit':
      '截图中的订单 {order} 在订单导出中是 JIT 订单。这张截图证明的是 JIT 履约，不能证明已改为非 JIT 发货。请换成非 JIT 订单的物流轨迹截图。',
    'evidence.logistics.orderUnknown':
      '截图中的订单号/运单号 {order} 不在本案例的订单导出中，无法确认它是非 JIT 订单。请确认导出包含该订单，或换成导出中的订单截图。',
    'evidence.logistics.orderNotRead':
      '没有从截图中读出订单号或运单号，无法与订单导出核对。请确认截图中订单号清晰可见。',
    'evidence.logistics.pickupNotMarked':
      '揽收时间 {time} 没有被标出。平台要求在截图上标出揽收时间：请用方框、圆圈、箭头或荧光笔标出揽收那一行后再上传。',
    'evidence.logistics.unclear':
      '标出的位置有一处像拍摄时间水印的文字（{text}），但读不清，无法确认拍摄时间。请打开原图核对：若该处确是清晰的时间水印，可确认无误；否则请开启时间水印重新拍摄或截图。',
    'evidence.logistics.yearUnsure':
      '读到的拍摄时间 {timestamp} 不在规定的时间范围内，但与截图内容不符：截图中最新的物流日期是 {latest}，拍摄时间不可能早于它，或年份很可能读错了。请打开原图核对标出的水印：若时间确实如此，请换一张近期拍摄的截图；若水印清晰且在范围内，可确认无误。',
    'evidence.logistics.taskbarClock':
      '画面上的拍摄时间 {timestamp} 取自电脑任务栏的时钟。本工具把它算作可见的截图时间，但审核人员可能更认可时间水印；如被退回，请用带时间水印的截图工具重新截图。',
  },
  en: {
    'evidence.logistics.pickupNotShown':
      'No pickup event (揽收, such as 已揽收 or 揽收时间) is visible in the screenshot. The platform asks for screenshots that show the pickup time of non-JIT orders: expand the full tracking history so the pickup line is on screen, and take the screenshot again.',
    'evidence.logistics.orderIsJit':
      'The order {order} in the screenshot is a JIT order in the order export. The screenshot proves JIT fulfilment, not the switch away from JIT. Replace it with a tracking screenshot of a non-JIT order.',
    'evidence.logistics.orderUnknown':
      "The order or tracking number {order} in the screenshot is not in this case's order export, so it cannot be confirmed as a non-JIT order. Make sure the export includes it, or use a screenshot of an order from the export.",
    'evidence.logistics.orderNotRead':
      'No order or tracking number could be read from the screenshot, so it could not be looked up in the order export. Make sure the order number is clearly visible.',
    'evidence.logistics.pickupNotMarked':
      'The pickup time {time} is not marked. The platform asks for the pickup time to be marked on the screenshot: draw a box, a circle, an arrow or a highlighter over the pickup line, then upload it.',
    'evidence.logistics.unclear':
      'The marked spot holds text that looks like a capture-time watermark ({text}) but could not be read, so the capture time is not confirmed. Open the image and check it: if it is a legible time watermark, confirm it; otherwise take the picture or screenshot again with the time watermark on.',
    'evidence.logistics.yearUnsure':
      'The capture time read, {timestamp}, is outside the allowed period, but the screenshot contradicts it: the newest tracking date shown is {latest}, and a capture cannot be older than that, or the year was most likely misread. Open the image and check the marked watermark: if the time is really so, use a recent screenshot instead; if the watermark is legible and inside the period, confirm it.',
    'evidence.logistics.taskbarClock':
      'The visible capture time {timestamp} is the desktop taskbar clock. It counts as a visible capture time here, but reviewers may prefer a time watermark; if the screenshot is refused, take it again with a tool that prints the capture time.',
  },
};
