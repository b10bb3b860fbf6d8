export const examples: string[] = []; export default {};
