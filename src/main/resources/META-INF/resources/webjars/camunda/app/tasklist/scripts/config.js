// Mầm Xanh: Tasklist in Vietnamese, under our name, logging out through the app's own login page.
export default {
  app: {
    vendor: 'Mầm Xanh',
    name: '· Công việc'
  },
  locales: {
    // English stays as the fallback so a label missing after a Camunda upgrade shows in English, not as a key.
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../mamxanh/webapps'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
