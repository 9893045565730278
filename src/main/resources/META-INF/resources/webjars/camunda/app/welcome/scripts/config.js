// Mầm Xanh: the welcome page (profile, password) in Vietnamese, under our name.
export default {
  app: {
    vendor: 'Mầm Xanh',
    name: '· Trang cá nhân'
  },
  locales: {
    // English stays as the fallback so a label missing after a Camunda upgrade shows in English, not as a key.
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../mamxanh/webapps'],
  disableWelcomeMessage: true
};
