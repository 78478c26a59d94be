/** Renderer strings. The desktop-workflow feature owns and grows this file. */
export const ui = {
  'zh-CN': {
    'app.title': 'JIT退出材料助手',
  },
  en: {
    'app.title': 'JIT Exit Kit',
  },
};
